package org.misibench.release;

import java.util.Map;
import org.misibench.scoring.Task;

/**
 * {@code README.md}, the dataset card: what the release is, how many items of each task and split it
 * holds, the licences of its sources, and how to load and score it. It is the first file a researcher
 * opens, so it must be enough on its own, with no need for this project's code.
 *
 * <p>The counts table always has the nine task rows, zeros included, so a missing task is visible.
 */
final class DatasetCard {

    private DatasetCard() {
    }

    static String markdown(ReleaseInfo info, Map<String, Map<String, Integer>> counts, int items, int images) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(info.name()).append("\n\n");
        if (!info.description().isBlank()) {
            md.append(info.description().strip()).append("\n\n");
        }
        md.append("A MiSI-Bench release: molecular spatial-reasoning questions on multi-view images of protein–ligand\n")
                .append("complexes, for vision-language models.\n\n");
        md.append("| | |\n|---|---|\n")
                .append("| generator | ").append(info.generator()).append(" |\n")
                .append("| created | ").append(info.createdAt()).append(" |\n")
                .append("| items | ").append(items).append(" |\n")
                .append("| images | ").append(images).append(" |\n\n");
        counts(md, counts);
        layout(md);
        howToLoad(md, example(counts));
        md.append("## Source licences\n\n");
        md.append(info.sourceLicences().isBlank() ? "(none given)" : info.sourceLicences().strip()).append('\n');
        return md.toString();
    }

    private static void counts(StringBuilder md, Map<String, Map<String, Integer>> counts) {
        md.append("## Items per task and split\n\n");
        md.append("| task | name | train | test | total |\n|---|---|---:|---:|---:|\n");
        int train = 0;
        int test = 0;
        for (Task task : Task.values()) {
            Map<String, Integer> splits = counts.getOrDefault(task.label(), Map.of());
            int a = splits.getOrDefault("train", 0);
            int b = splits.getOrDefault("test", 0);
            md.append("| ").append(task.label()).append(" | ").append(task.title()).append(" | ")
                    .append(a).append(" | ").append(b).append(" | ").append(a + b).append(" |\n");
            train += a;
            test += b;
        }
        md.append("| all | | ").append(train).append(" | ").append(test).append(" | ").append(train + test).append(" |\n\n");
    }

    private static void layout(StringBuilder md) {
        md.append("""
                ## Files

                - `items/T<N>_<split>.jsonl`: one item per line (id, task, split, complex, images, image_roles, question,
                  options for T5/T6/T8, answer, parameters, provenance), sorted by id; only task/split pairs with items.
                - `images/<sha256>.png`: each image once, named by the SHA-256 of its bytes; items refer to them as
                  `images/<sha256>.png`, relative to this folder.
                - `vlmevalkit/T<N>_<split>.tsv`: the same items as VLMEvalKit-style TSV (index, id, image_path, question,
                  A–D, answer, category, split); `image_path` is a JSON list of paths relative to this folder; tab, newline,
                  carriage return and backslash in text are written `\\t`, `\\n`, `\\r`, `\\\\`.
                - `manifest.json`: name, created, generator, settings, counts.
                - `SHA256SUMS`: check the download with `sha256sum -c SHA256SUMS` in this folder.

                """);
    }

    /** The first file the release has, test split first, so that the snippet runs as it stands. */
    private static String example(Map<String, Map<String, Integer>> counts) {
        for (String split : new String[] {"test", "train"}) {
            for (Task task : Task.values()) {
                if (counts.getOrDefault(task.label(), Map.of()).getOrDefault(split, 0) > 0) {
                    return task.label() + "_" + split;
                }
            }
        }
        return "T1_test";
    }

    private static void howToLoad(StringBuilder md, String example) {
        md.append("""
                ## How to load

                ```python
                import json
                from pathlib import Path
                from PIL import Image  # pip install pillow

                release = Path(".")  # this folder
                with open(release / "items" / "%s.jsonl", encoding="utf-8") as f:
                    items = [json.loads(line) for line in f]
                item = items[0]
                images = [Image.open(release / p) for p in item["images"]]  # in the order the question refers to them
                print(item["question"], "->", item["answer"])
                ```

                With pandas, read a TSV as `pd.read_csv(path, sep="\\t", quoting=3)` (no quote characters).

                Score a model's answers (one JSON line `{"id": "...", "prediction": "..."}` per item) with MiSI Bench Studio:

                ```bash
                ./misi score --release DIR --predictions FILE
                ```

                """.formatted(example));
    }
}
