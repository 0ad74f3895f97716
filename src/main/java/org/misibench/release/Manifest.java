package org.misibench.release;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;

/**
 * {@code manifest.json}: what a program needs to know about a release without reading its items:
 * the format, name, creation time, generator, settings, counts per task and split, and totals. Kept
 * small on purpose; the file list with digests is {@code SHA256SUMS}.
 *
 * <p>Pretty-printed (four-space indent, {@code \n}) for people who open it; keys in a fixed order, and
 * settings sorted by key, so the same release gives the same bytes.
 */
final class Manifest {

    /** Names this layout, so a reader can tell a later, different one. */
    static final String FORMAT = "misi-bench-release 1";

    private Manifest() {
    }

    static String json(ReleaseInfo info, Map<String, Map<String, Integer>> counts, int items, int images) {
        JsonObjectBuilder settings = Json.createObjectBuilder();
        info.settings().forEach(settings::add);
        JsonObjectBuilder byTask = Json.createObjectBuilder();
        counts.forEach((task, splits) -> {
            JsonObjectBuilder bySplit = Json.createObjectBuilder();
            splits.forEach(bySplit::add);
            byTask.add(task, bySplit);
        });
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("name", info.name())
                .add("created", info.createdAt())
                .add("generator", info.generator())
                .add("settings", settings)
                .add("counts", byTask)
                .add("items", items)
                .add("images", images);
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.writeObject(o.build());
        }
        return out + "\n";
    }
}
