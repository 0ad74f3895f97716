package org.misibench.item;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.StringWriter;
import java.util.List;
import org.misibench.render.camera.Camera;

/**
 * An item as one line of JSON, the release format of {@code docs/release-format.md}: keys always in
 * the same order and no whitespace, so the same item is always the same bytes (the store compares
 * them by SHA-256 to tell a regenerated item from a changed one).
 */
public final class ItemJson {

    private ItemJson() {
    }

    public static String write(Item item) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", item.id())
                .add("task", item.task().label())
                .add("split", item.split().id())
                .add("complex", item.complexId());
        JsonArrayBuilder images = Json.createArrayBuilder();
        for (int i = 0; i < item.images().size(); i++) {
            images.add(item.imagePath(i));
        }
        o.add("images", images).add("image_roles", strings(item.imageRoles())).add("question", item.question());
        if (!item.options().isEmpty()) {
            o.add("options", strings(item.options()));
        }
        o.add("answer", item.answer());
        JsonObjectBuilder parameters = Json.createObjectBuilder();
        item.parameters().forEach(parameters::add);
        o.add("parameters", parameters).add("provenance", provenance(item.provenance()));
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriter(out)) {
            w.writeObject(o.build());
        }
        return out.toString();
    }

    private static JsonObjectBuilder provenance(Provenance p) {
        JsonArrayBuilder cameras = Json.createArrayBuilder();
        for (Camera c : p.cameras()) {
            JsonArrayBuilder axes = Json.createArrayBuilder();
            for (int i = 0; i < 3; i++) {
                axes.add(numbers(c.axis(i)));
            }
            cameras.add(Json.createObjectBuilder().add("position", numbers(c.position())).add("axes", axes));
        }
        return Json.createObjectBuilder()
                .add("generator", p.generator())
                .add("seed", p.seed())
                .add("source_sha256", p.sourceSha256())
                .add("criteria", p.criteria())
                .add("renderer", p.renderer())
                .add("image_size", p.imageSize())
                .add("field_of_view", Camera.FIELD_OF_VIEW)
                .add("cameras", cameras);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonArrayBuilder numbers(double[] values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (double v : values) {
            // 1e-9 Å / 1e-9 of a unit vector is far below anything that shows; rounding keeps the text short
            a.add(Math.round(v * 1e9) / 1e9);
        }
        return a;
    }
}
