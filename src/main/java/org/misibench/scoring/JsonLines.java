package org.misibench.scoring;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Optional;

/** One line of a JSONL file as a JSON object, with the reason in words when it is not one. */
final class JsonLines {

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
            // Parsson's message names the token and column, which is what a user needs to fix the line
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("not a JSON object but "
                    + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asJsonObject();
    }

    /** The string under {@code key}, empty when the key is absent or holds something other than a string. */
    static Optional<String> string(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
