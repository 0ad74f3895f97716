package org.misibench.release;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The VLMEvalKit-style TSV of a task and split ({@code vlmevalkit/T<N>_<split>.tsv}), so the release
 * can be scored with that toolkit as a custom dataset.
 *
 * <p>Columns: {@code index, id, image_path, question, A, B, C, D, answer, category, split}. {@code index}
 * counts rows from 0 in id order; {@code category} is the task label ({@code T1} …).
 *
 * <p><b>Decision:</b> {@code image_path} is a JSON array of paths <em>relative to the release root</em>,
 * exactly the item's {@code images} ({@code ["images/<sha256>.png", …]}), always an array even for one
 * image: VLMEvalKit reads a cell that starts with {@code [} as a list, and resolves relative paths against
 * its image root, which is then the release folder. One convention for JSONL and TSV, not two.
 *
 * <p><b>Decision:</b> a TSV cell is one line without tabs, so backslash, tab, newline and carriage return
 * in any text are written as {@code \\}, {@code \t}, {@code \n}, {@code \r} (escaping the backslash too
 * keeps the escaping reversible). Readers should not treat {@code "} as a quote character
 * (pandas: {@code quoting=csv.QUOTE_NONE}).
 *
 * <p>{@code A}–{@code D} are the item's {@code options} when it has them (T5, T6, T8), else empty.
 */
final class VlmEvalKitTsv {

    static final String HEADER = "index\tid\timage_path\tquestion\tA\tB\tC\tD\tanswer\tcategory\tsplit\n";

    private VlmEvalKitTsv() {
    }

    /**
     * The row of {@code item} after its index, with its line end. Parsing the JSON line here also checks
     * that it says what the item's fields say: a mismatch would put the item in the wrong file or point at
     * images the release does not hold.
     */
    static String row(ReleaseItem item) {
        JsonObject o = parse(item);
        require(item, "id", item.id(), text(item, o, "id"));
        require(item, "task", item.task(), text(item, o, "task"));
        require(item, "split", item.split(), text(item, o, "split"));
        require(item, "complex", item.complexId(), text(item, o, "complex"));
        List<String> images = texts(item, o, "images");
        List<String> expected = item.imageSha256s().stream().map(sha -> "images/" + sha + ".png").toList();
        require(item, "images", expected.toString(), images.toString());
        List<String> options = o.containsKey("options") ? texts(item, o, "options") : List.of();
        if (options.size() > 4) {
            throw new IllegalArgumentException("item " + item.id() + " has " + options.size() + " options; a TSV row holds 4");
        }
        JsonArrayBuilder paths = Json.createArrayBuilder();
        images.forEach(paths::add);
        List<String> cells = new ArrayList<>();
        cells.add(item.id());
        cells.add(paths.build().toString());
        cells.add(text(item, o, "question"));
        for (int i = 0; i < 4; i++) {
            cells.add(i < options.size() ? options.get(i) : "");
        }
        cells.add(text(item, o, "answer"));
        cells.add(item.task());
        cells.add(item.split());
        StringBuilder row = new StringBuilder();
        for (String cell : cells) {
            row.append('\t').append(escape(cell));
        }
        return row.append('\n').toString();
    }

    /** The full line of row {@code index}. */
    static String line(int index, String row) {
        return index + row;
    }

    /** {@code text} as one TSV cell: backslash, tab, newline and carriage return escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static JsonObject parse(ReleaseItem item) {
        try (JsonReader r = Json.createReader(new StringReader(item.json()))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("item " + item.id() + ": its JSON line does not parse: " + e.getMessage(), e);
        }
    }

    private static String text(ReleaseItem item, JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonString s)) {
            throw new IllegalArgumentException("item " + item.id() + ": JSON key '" + key + "' is missing or not a string");
        }
        return s.getString();
    }

    private static List<String> texts(ReleaseItem item, JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonArray a) || !a.stream().allMatch(x -> x instanceof JsonString)) {
            throw new IllegalArgumentException("item " + item.id() + ": JSON key '" + key + "' is missing or not an array of strings");
        }
        return a.getValuesAs(JsonString::getString);
    }

    private static void require(ReleaseItem item, String key, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException("item " + item.id() + ": JSON '" + key + "' is " + actual
                    + " but the item says " + expected);
        }
    }
}
