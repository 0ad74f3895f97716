package org.misibench.jobs.review;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a curator reads on the item page, taken from the item's release line (docs/release-format.md):
 * images in question order with their roles, question, options, answer, parameters and provenance.
 * Values stay plain strings; the page escapes them when it writes them out.
 */
public record ItemContent(List<ItemImage> images, String question, List<String> options, String answer,
                          Map<String, String> parameters, Map<String, String> provenance) {

    /** {@code images/<sha256>.png}, the only image reference the release format allows. */
    private static final Pattern IMAGE_PATH = Pattern.compile("images/([0-9a-f]{64})\\.png");

    /** One image of the item: its content hash (which names the file) and what it shows. */
    public record ItemImage(String sha256, String role) {
    }

    public static ItemContent parse(String itemJson) {
        JsonObject item;
        try (JsonReader reader = Json.createReader(new StringReader(itemJson))) {
            item = reader.readObject();
        }
        JsonArray paths = item.getJsonArray("images");
        JsonArray roles = item.containsKey("image_roles") ? item.getJsonArray("image_roles") : JsonValue.EMPTY_JSON_ARRAY;
        List<ItemImage> images = new ArrayList<>();
        for (int i = 0; paths != null && i < paths.size(); i++) {
            Matcher m = IMAGE_PATH.matcher(paths.getString(i));
            if (!m.matches()) {
                throw new IllegalArgumentException("image path '" + paths.getString(i) + "' is not images/<sha256>.png");
            }
            images.add(new ItemImage(m.group(1), i < roles.size() ? roles.getString(i) : ""));
        }
        List<String> options = new ArrayList<>();
        if (item.containsKey("options")) {
            item.getJsonArray("options").forEach(o -> options.add(text(o)));
        }
        return new ItemContent(List.copyOf(images), item.getString("question", ""), List.copyOf(options),
                item.getString("answer", ""), flatten(item.getJsonObject("parameters")),
                flatten(item.getJsonObject("provenance")));
    }

    /** The letter of option {@code index}: A, B, C, D. */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** One level of keys; nested values (cameras) as compact JSON text, strings without quotes. */
    private static Map<String, String> flatten(JsonObject object) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (object != null) {
            object.forEach((key, value) -> flat.put(key, text(value)));
        }
        return flat;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
