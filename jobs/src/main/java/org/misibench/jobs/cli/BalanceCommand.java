package org.misibench.jobs.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.misibench.item.AnswerBalance;
import org.misibench.scoring.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code misi balance --release DIR}: how each task's answers spread over their range, as histograms. */
@Command(name = "balance", mixinStandardHelpOptions = true,
        description = {"Print the answer distribution of each task of a release (or the draft generate wrote):",
                "counts per answer bucket, min/max and chi-square per degree of freedom against uniform",
                "(about 1 for uniform draws)."})
final class BalanceCommand implements Callable<Integer> {

    @Option(names = "--release", paramLabel = "DIR", description = "Release folder (default: var/releases/draft).")
    Path release;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all", description = "train, test or all (default).")
    String split;

    @Override
    public Integer call() throws Exception {
        Path folder = release != null ? release : Misi.home().resolve("var").resolve("releases").resolve("draft");
        Path items = folder.resolve("items");
        if (!Files.isDirectory(items)) {
            System.err.println("balance: " + items + ": no such folder (is " + folder + " a release?)");
            return 2;
        }
        AnswerBalance balance = new AnswerBalance();
        List<Path> files;
        try (Stream<Path> list = Files.list(items)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(p -> split.equals("all") || p.getFileName().toString().endsWith("_" + split + ".jsonl"))
                    .sorted().toList();
        }
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    try (JsonReader reader = Json.createReader(new StringReader(line))) {
                        JsonObject o = reader.readObject();
                        Map<String, String> parameters = new LinkedHashMap<>();
                        for (Map.Entry<String, JsonValue> e : o.getJsonObject("parameters").entrySet()) {
                            parameters.put(e.getKey(), o.getJsonObject("parameters").getString(e.getKey()));
                        }
                        balance.add(Task.byNumber(Integer.parseInt(o.getString("task").substring(1))), o.getString("answer"),
                                parameters);
                    } catch (RuntimeException e) {
                        System.err.println("balance: " + file + ":" + n + ": not an item line: " + e.getMessage());
                        return 2;
                    }
                }
            }
        }
        System.out.print(balance.render());
        return 0;
    }
}
