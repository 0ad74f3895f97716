package org.misibench.scoring;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a JSONL file as a JSON object, with the reason in words when it is not one. */
final class JsonLines {

    private static final Pattern PARSSON_LOCATION =
            Pattern.compile("\\(line no=\\d+, column no=(\\d+), offset=-?\\d+\\)");
    private static final Pattern PARSSON_CHAR = Pattern.compile("char (\\d+)");

    private JsonLines() {
    }

    /** The object on this line; throws {@link IllegalArgumentException} with a short reason otherwise. */
    static JsonObject object(String line) {
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(line))) {
            parser.next();
            value = parser.getValue();
            // JsonReader would ignore what follows the value; one item per line means nothing may follow
            if (parser.hasNext()) {
                throw new IllegalArgumentException("not valid JSON: text after the value");
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new IllegalArgumentException("not valid JSON: " + describe(e.getMessage()));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("not a JSON object but "
                    + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asJsonObject();
    }

    /**
     * Parsson's message made readable for one line: at the end of the input its column is wrong (it counts
     * past the text), so that case is said in words; otherwise its "line no=1" (the line within the parsed
     * text, which would contradict the file line the caller reports) is dropped for the column, and a
     * character code becomes the character.
     */
    static String describe(String parssonMessage) {
        String m = String.valueOf(parssonMessage);
        if (m.contains("token=EOF") || m.contains("char -1")) {
            return "the line ends inside the JSON value";
        }
        m = PARSSON_LOCATION.matcher(m).replaceAll("column $1");
        return PARSSON_CHAR.matcher(m).replaceAll(r -> Matcher.quoteReplacement(
                "character '" + Character.toString(Integer.parseInt(r.group(1))) + "'"));
    }

    /** The string under {@code key}, empty when the key is absent or holds something other than a string. */
    static Optional<String> string(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
