package org.misibench.jobs.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.misibench.complex.PreparedComplex;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.image.PngWriterPool;
import org.misibench.render.image.WrittenPng;
import org.misibench.render.scene.RenderSettings;
import org.misibench.render.scene.Scene;
import org.misibench.render.vulkan.DevicePreference;
import org.misibench.render.vulkan.RendererUnavailableException;
import org.misibench.render.vulkan.SceneRenderer;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scene.ProjectedAtom;
import org.misibench.source.SourceException;
import org.misibench.structure.Atom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code misi render}: the canonical views of one complex as PNGs in the benchmark's style, plus a
 * JSON with each view's camera and every shown atom's screen coordinates (Å, camera frame, like
 * ChimeraX {@code getcrd screen}) and pixels: the ground truth the tasks' answers come from.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the canonical views of a complex.",
                "Writes <id>_<view>.png per view and <id>_views.json (cameras, atoms' screen coordinates and",
                "pixels) into --out. Exit code 2 with a one-line reason on bad input or without Vulkan."})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    ComplexArguments complex;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "all",
            description = "front, left, top, back, right, bottom or all (default: all).")
    String view;

    @Option(names = "--size", paramLabel = "PIXELS", defaultValue = "512", description = "Image width and height (default: 512).")
    int size;

    @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "auto",
            description = "auto, gpu, cpu or a device name (default: auto: the first GPU, else lavapipe).")
    String device;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the images and the JSON.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<CanonicalView> views;
        try {
            views = view.equalsIgnoreCase("all") ? List.of(CanonicalView.values())
                    : List.of(CanonicalView.valueOf(view.trim().toUpperCase(Locale.ROOT)));
            if (size < 16 || size > 8192) {
                throw new IllegalArgumentException("--size must be between 16 and 8192, was " + size);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("render: " + (e.getMessage().startsWith("No enum") ? "unknown view '" + view
                    + "' (front, left, top, back, right, bottom or all)" : e.getMessage()));
            return 2;
        }
        PreparedComplex prepared;
        try {
            prepared = complex.prepare();
        } catch (SourceException | IllegalArgumentException e) {
            System.err.println("render: " + e.getMessage());
            return 2;
        }
        Scene scene = ComplexSceneBuilder.pocketAndLigand(prepared);
        ComplexViews cameras = ComplexViews.of(scene, size, size);
        RenderSettings settings = RenderSettings.defaults().withSize(size, size);
        List<Atom> shown = new ArrayList<>();
        prepared.pocket().atoms().stream().filter(a -> !a.isHydrogen()).forEach(shown::add);
        prepared.ligand().atoms().stream().filter(a -> !a.isHydrogen()).forEach(shown::add);
        Files.createDirectories(out);
        List<Future<WrittenPng>> written = new ArrayList<>();
        String deviceName;
        long start = System.nanoTime();
        try (SceneRenderer renderer = SceneRenderer.open(DevicePreference.parse(device));
             PngWriterPool pngs = new PngWriterPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))) {
            deviceName = renderer.device().toString();
            for (CanonicalView v : views) {
                Path file = out.resolve(prepared.id() + "_" + v.id() + ".png");
                written.add(pngs.submit(renderer.render(scene, cameras.camera(v), settings), file));
            }
            for (Future<WrittenPng> f : written) {
                f.get();
            }
        } catch (RendererUnavailableException e) {
            System.err.println("render: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Path json = out.resolve(prepared.id() + "_views.json");
        writeJson(json, prepared, deviceName, views, cameras, shown);
        for (Future<WrittenPng> f : written) {
            System.out.println(f.get().path());
        }
        System.out.println(json);
        System.err.printf(Locale.ROOT, "render: %s, %d view%s at %d×%d on %s in %.2f s%n", prepared.id(), views.size(),
                views.size() == 1 ? "" : "s", size, size, deviceName, seconds);
        return 0;
    }

    private static void writeJson(Path file, PreparedComplex prepared, String device, List<CanonicalView> views,
                                  ComplexViews cameras, List<Atom> atoms) throws java.io.IOException {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("complex", prepared.id())
                .add("ligand", prepared.ligandRef())
                .add("renderer", device)
                .add("width", cameras.width())
                .add("height", cameras.height())
                .add("fieldOfView", Camera.FIELD_OF_VIEW)
                .add("centreOfRotation", array(cameras.centreOfRotation()));
        JsonObjectBuilder viewsJson = Json.createObjectBuilder();
        for (CanonicalView v : views) {
            Camera camera = cameras.camera(v);
            JsonArrayBuilder atomsJson = Json.createArrayBuilder();
            for (ProjectedAtom p : cameras.project(v, atoms)) {
                Atom a = p.atom();
                atomsJson.add(Json.createObjectBuilder()
                        .add("name", a.name()).add("residue", a.residue().name()).add("number", a.residue().number())
                        .add("insertionCode", String.valueOf(a.residue().insertionCode()).trim())
                        .add("chain", a.residue().chain()).add("element", a.element().symbol())
                        .add("ligand", prepared.ligand().atoms().contains(a))
                        .add("screen", array(round(p.screen().x()), round(p.screen().y()), round(p.screen().z())))
                        .add("pixel", array(round(p.pixel().x()), round(p.pixel().y()))));
            }
            viewsJson.add(v.id(), Json.createObjectBuilder()
                    .add("cameraPosition", array(camera.position()))
                    .add("cameraAxes", Json.createArrayBuilder().add(array(camera.axis(0))).add(array(camera.axis(1)))
                            .add(array(camera.axis(2))))
                    .add("atoms", atomsJson));
        }
        root.add("views", viewsJson);
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        try (OutputStream os = Files.newOutputStream(partial); JsonWriter writer = factory.createWriter(os)) {
            writer.writeObject(root.build());
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Three decimals, as ChimeraX's getcrd prints them. */
    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static JsonArrayBuilder array(double... values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (double v : values) {
            b.add(round(v));
        }
        return b;
    }
}
