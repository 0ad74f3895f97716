package org.misibench.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.item.Item;
import org.misibench.item.ItemJson;
import org.misibench.item.Provenance;
import org.misibench.item.Split;
import org.misibench.render.camera.Camera;
import org.misibench.scoring.Task;

/** Writes real releases into a temporary folder from real PNGs and real item JSON lines. */
class ReleaseWriterTest {

    @TempDir
    Path tmp;

    private Path store;
    private final List<String> shas = new ArrayList<>();
    private final ReleaseInfo info = new ReleaseInfo("misi-bench-test", "2025-01-31T12:00:00Z", "misi-bench 0.1.0-test",
            "A tiny release for the tests.", Map.of("seed", "42", "image_size", "8"),
            "The sample structures are from the PDB, CC0 1.0.");

    @BeforeEach
    void makeImageStore() throws IOException {
        store = Files.createDirectory(tmp.resolve("store"));
        for (int i = 0; i < 5; i++) {
            shas.add(storePng(new java.awt.Color(40 * i, 255 - 40 * i, 7 * i).getRGB()));
        }
    }

    /** Seven items over T1 (train, test), T4 (test) and T5 (test), sharing images, given out of id order. */
    private List<ReleaseItem> items() {
        List<ReleaseItem> items = new ArrayList<>();
        items.add(item("t1-00000000000000c3", Task.TRANSLATION, Split.TEST, "1aku", List.of(0, 1, 2, 3), List.of(), "move x 3"));
        items.add(item("t1-00000000000000a1", Task.TRANSLATION, Split.TRAIN, "1aku", List.of(0, 1, 2, 4), List.of(), "move y -2"));
        items.add(item("t1-00000000000000b2", Task.TRANSLATION, Split.TEST, "1aku", List.of(0, 1, 2, 4), List.of(), "move x -1"));
        items.add(item("t1-0000000000000001", Task.TRANSLATION, Split.TEST, "3ptb", List.of(0, 1, 2, 3), List.of(), "move y 4"));
        items.add(item("t4-0000000000000002", Task.RESIDUE_HBONDS, Split.TEST, "3ptb", List.of(2), List.of(), "No"));
        items.add(item("t5-00000000000000ff", Task.TRANSLATION_ROTATION, Split.TEST, "3ptb", List.of(0, 1),
                List.of("move x 1, roll y 30", "move x -1, roll y 30", "move x 1, roll z 45", "move y 2, roll y 15"), "B"));
        items.add(item("t5-00000000000000aa", Task.TRANSLATION_ROTATION, Split.TEST, "1aku", List.of(3, 4),
                List.of("a", "b", "c", "d"), "D"));
        return items;
    }

    private ReleaseItem item(String id, Task task, Split split, String complex, List<Integer> images, List<String> options,
                             String answer) {
        return item(id, task, split, complex, images, options, answer,
                "Which operation maps image 1 to image " + images.size() + "? Answer like 'move x 3'.");
    }

    private ReleaseItem item(String id, Task task, Split split, String complex, List<Integer> images, List<String> options,
                             String answer, String question) {
        List<String> imageShas = images.stream().map(shas::get).toList();
        List<String> roles = new ArrayList<>();
        List<Camera> cameras = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            roles.add("view-" + i);
            cameras.add(Camera.identity());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("axis", "x");
        Item item = new Item(id, task, split, complex, imageShas, roles, question, options, answer, parameters,
                new Provenance("misi-bench 0.1.0-test", 42, "ab".repeat(32), "chimerax-hbonds-relaxed v1", "lavapipe", 8,
                        cameras));
        return new ReleaseItem(id, task.label(), split.id(), complex, imageShas, ItemJson.write(item));
    }

    @Test
    void writesTheLayoutOfTheReleaseFormat() throws IOException {
        Path release = tmp.resolve("releases").resolve("r1");
        ReleaseSummary summary = ReleaseWriter.write(release, info, items().iterator(), store);

        List<String> expected = new ArrayList<>(List.of("README.md", "SHA256SUMS", "manifest.json",
                "items/T1_test.jsonl", "items/T1_train.jsonl", "items/T4_test.jsonl", "items/T5_test.jsonl",
                "vlmevalkit/T1_test.tsv", "vlmevalkit/T1_train.tsv", "vlmevalkit/T4_test.tsv", "vlmevalkit/T5_test.tsv"));
        shas.forEach(sha -> expected.add("images/" + sha + ".png"));
        Collections.sort(expected);
        assertEquals(expected, files(release));
        // nothing but the release is left beside it: no staging folder
        try (Stream<Path> siblings = Files.list(release.getParent())) {
            assertEquals(List.of(release.getFileName().toString()), siblings.map(p -> p.getFileName().toString()).toList());
        }
        for (String sha : shas) {
            assertArrayEquals(Files.readAllBytes(store.resolve(sha + ".png")),
                    Files.readAllBytes(release.resolve("images/" + sha + ".png")));
            // the same file system allows a hard link: one inode, no second copy of the bytes
            assertEquals(Files.getAttribute(store.resolve(sha + ".png"), "unix:ino"),
                    Files.getAttribute(release.resolve("images/" + sha + ".png"), "unix:ino"));
        }

        assertEquals(release, summary.folder());
        assertEquals(7, summary.items());
        assertEquals(5, summary.images());
        assertEquals(Map.of("train", 1, "test", 3), summary.counts().get("T1"));
        assertEquals(Map.of("train", 0, "test", 1), summary.counts().get("T4"));
        assertEquals(Map.of("train", 0, "test", 2), summary.counts().get("T5"));
        assertEquals(Map.of("train", 0, "test", 0), summary.counts().get("T9"));
        assertEquals(List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"), List.copyOf(summary.counts().keySet()));
    }

    @Test
    void sha256sumChecksEveryFileAndCatchesATamperedOne() throws Exception {
        Path release = tmp.resolve("r1");
        ReleaseWriter.write(release, info, items().iterator(), store);

        List<String> sums = Files.readAllLines(release.resolve("SHA256SUMS"));
        List<String> listed = sums.stream().map(line -> line.substring(66)).toList();
        List<String> all = new ArrayList<>(files(release));
        all.remove("SHA256SUMS");
        assertEquals(all, listed, "every file but SHA256SUMS, sorted by path");
        assertEquals(0, sha256sumCheck(release), "sha256sum -c SHA256SUMS passes");

        Files.writeString(release.resolve("items/T4_test.jsonl"), "{}\n");
        assertNotEquals(0, sha256sumCheck(release), "a changed file fails the check");
    }

    @Test
    void itemFilesHoldTheLinesVerbatimSortedById() throws IOException {
        Path release = tmp.resolve("r1");
        List<ReleaseItem> items = items();
        ReleaseWriter.write(release, info, items.iterator(), store);

        List<String> expected = items.stream().filter(i -> i.fileStem().equals("T1_test"))
                .sorted((a, b) -> a.id().compareTo(b.id())).map(ReleaseItem::json).toList();
        assertEquals(List.of("t1-0000000000000001", "t1-00000000000000b2", "t1-00000000000000c3"),
                expected.stream().map(j -> parse(j).getString("id")).toList());
        String text = Files.readString(release.resolve("items/T1_test.jsonl"), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected) + "\n", text);
        assertFalse(text.contains("\r"));
    }

    @Test
    void theSameItemsInAnyOrderGiveIdenticalBytes() throws IOException {
        List<ReleaseItem> items = items();
        ReleaseWriter.write(tmp.resolve("a"), info, items.iterator(), store);
        List<ReleaseItem> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(7));
        assertNotEquals(items, shuffled);
        ReleaseWriter.write(tmp.resolve("b"), info, shuffled.iterator(), store);
        Collections.reverse(shuffled);
        // the settings map's own order must not matter either
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("seed", "42");
        settings.put("image_size", "8");
        ReleaseInfo same = new ReleaseInfo(info.name(), info.createdAt(), info.generator(), info.description(), settings,
                info.sourceLicences());
        ReleaseWriter.write(tmp.resolve("c"), same, shuffled.iterator(), store);

        Map<String, byte[]> a = contents(tmp.resolve("a"));
        for (String other : List.of("b", "c")) {
            Map<String, byte[]> b = contents(tmp.resolve(other));
            assertEquals(a.keySet(), b.keySet());
            a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path + " differs"));
        }
    }

    @Test
    void neverOverwritesARelease() throws IOException {
        Path release = tmp.resolve("r1");
        ReleaseWriter.write(release, info, items().iterator(), store);
        String sums = Files.readString(release.resolve("SHA256SUMS"));

        List<ReleaseItem> fewer = items().subList(0, 2);
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> ReleaseWriter.write(release, info, fewer.iterator(), store));
        assertTrue(e.getMessage().contains(release.toString()), e.getMessage());
        assertEquals(sums, Files.readString(release.resolve("SHA256SUMS")));
        assertEquals(List.of("r1", "store"), names(tmp));

        // an empty folder of that name is refused too: the name is taken
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertThrows(FileAlreadyExistsException.class, () -> ReleaseWriter.write(empty, info, fewer.iterator(), store));
    }

    @Test
    void writeReplacingReplacesADraftButNotAStrangeFolder() throws IOException {
        Path release = tmp.resolve("draft");
        ReleaseWriter.write(release, info, items().iterator(), store);
        ReleaseSummary summary = ReleaseWriter.writeReplacing(release, info, items().subList(0, 2).iterator(), store);
        assertEquals(2, summary.items());
        assertEquals(List.of("README.md", "SHA256SUMS", "images/" + shas.get(0) + ".png", "images/" + shas.get(1) + ".png",
                "images/" + shas.get(2) + ".png", "images/" + shas.get(3) + ".png", "images/" + shas.get(4) + ".png",
                "items/T1_test.jsonl", "items/T1_train.jsonl", "manifest.json", "vlmevalkit/T1_test.tsv",
                "vlmevalkit/T1_train.tsv").stream().sorted().toList(), files(release));
        assertEquals(List.of("draft", "store"), names(tmp), "no old or staging folder left");

        Path notARelease = Files.createDirectory(tmp.resolve("home"));
        Files.writeString(notARelease.resolve("thesis.tex"), "precious");
        IOException e = assertThrows(IOException.class,
                () -> ReleaseWriter.writeReplacing(notARelease, info, items().iterator(), store));
        assertTrue(e.getMessage().contains("not a release"), e.getMessage());
        assertEquals("precious", Files.readString(notARelease.resolve("thesis.tex")));
    }

    @Test
    void aMissingImageNamesItemAndFileAndLeavesNothingBehind() throws IOException {
        List<ReleaseItem> items = items();
        Files.delete(store.resolve(shas.get(2) + ".png"));
        Path release = tmp.resolve("releases").resolve("r1");

        IOException e = assertThrows(IOException.class, () -> ReleaseWriter.write(release, info, items.iterator(), store));
        // the first item needing image 2 in input order is the first item
        assertTrue(e.getMessage().contains("t1-00000000000000c3"), e.getMessage());
        assertTrue(e.getMessage().contains(store.resolve(shas.get(2) + ".png").toString()), e.getMessage());
        assertFalse(Files.exists(release));
        assertEquals(List.of(), names(release.getParent()), "the staging folder is removed");
    }

    @Test
    void aDamagedStoreImageIsNotPublishedUnderItsName() throws IOException {
        Files.write(store.resolve(shas.get(4) + ".png"), new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class,
                () -> ReleaseWriter.write(tmp.resolve("r"), info, items().iterator(), store));
        assertTrue(e.getMessage().contains(shas.get(4) + ".png is damaged"), e.getMessage());
        assertEquals(List.of("store"), names(tmp));
    }

    @Test
    void aJsonLineThatContradictsItsItemIsRefused() throws IOException {
        ReleaseItem good = items().get(0);
        ReleaseItem wrongSplit = new ReleaseItem(good.id(), good.task(), "train", good.complexId(), good.imageSha256s(),
                good.json());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReleaseWriter.write(tmp.resolve("r"), info, List.of(wrongSplit).iterator(), store));
        assertTrue(e.getMessage().contains(good.id()) && e.getMessage().contains("split"), e.getMessage());
        ReleaseItem twice = items().get(1);
        e = assertThrows(IllegalArgumentException.class,
                () -> ReleaseWriter.write(tmp.resolve("r"), info, List.of(twice, good, twice).iterator(), store));
        assertTrue(e.getMessage().contains(twice.id() + " is given twice"), e.getMessage());
        assertEquals(List.of("store"), names(tmp));
    }

    @Test
    void tsvRowsEscapeTabsAndNewlinesAndCarryTheOptions() throws IOException {
        ReleaseItem tricky = item("t5-0000000000000abc", Task.TRANSLATION_ROTATION, Split.TEST, "1aku", List.of(0, 3),
                List.of("move x 1,\troll y 30", "two", "three", "C:\\four"), "A", "Look at\tthe images.\nWhich option?");
        ReleaseItem plain = items().get(4);
        Path release = tmp.resolve("r");
        ReleaseWriter.write(release, info, List.of(tricky, plain).iterator(), store);

        List<String> t5 = Files.readAllLines(release.resolve("vlmevalkit/T5_test.tsv"), StandardCharsets.UTF_8);
        assertEquals(2, t5.size(), "header and one row: no raw newline inside the row");
        assertEquals("index\tid\timage_path\tquestion\tA\tB\tC\tD\tanswer\tcategory\tsplit", t5.get(0));
        String[] cells = t5.get(1).split("\t", -1);
        assertEquals(List.of("0", "t5-0000000000000abc",
                        "[\"images/" + shas.get(0) + ".png\",\"images/" + shas.get(3) + ".png\"]",
                        "Look at\\tthe images.\\nWhich option?", "move x 1,\\troll y 30", "two", "three", "C:\\\\four",
                        "A", "T5", "test"),
                List.of(cells));

        List<String> t4 = Files.readAllLines(release.resolve("vlmevalkit/T4_test.tsv"), StandardCharsets.UTF_8);
        assertEquals(List.of("0", "t4-0000000000000002", "[\"images/" + shas.get(2) + ".png\"]",
                        "Which operation maps image 1 to image 1? Answer like 'move x 3'.", "", "", "", "", "No", "T4", "test"),
                List.of(t4.get(1).split("\t", -1)), "no options: A–D empty");
    }

    @Test
    void cardCountsEveryTaskAndSplitAndManifestAgrees() throws IOException {
        Path release = tmp.resolve("r1");
        ReleaseWriter.write(release, info, items().iterator(), store);

        String card = Files.readString(release.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(card.startsWith("# misi-bench-test\n\nA tiny release for the tests.\n"), card);
        assertTrue(card.contains("| generator | misi-bench 0.1.0-test |\n| created | 2025-01-31T12:00:00Z |\n"
                + "| items | 7 |\n| images | 5 |\n"), card);
        assertTrue(card.contains("""
                | task | name | train | test | total |
                |---|---|---:|---:|---:|
                | T1 | Translation | 1 | 3 | 4 |
                | T2 | Rotation | 0 | 0 | 0 |
                | T3 | Zooming | 0 | 0 | 0 |
                | T4 | Residue-ligand interaction | 0 | 1 | 1 |
                | T5 | Translation + rotation | 0 | 2 | 2 |
                | T6 | Rotation + rotation | 0 | 0 | 0 |
                | T7 | Ligand docking | 0 | 0 | 0 |
                | T8 | Interaction location | 0 | 0 | 0 |
                | T9 | Pocket-ligand interaction | 0 | 0 | 0 |
                | all | | 1 | 6 | 7 |
                """), card);
        assertTrue(card.contains("The sample structures are from the PDB, CC0 1.0."), card);
        assertTrue(card.contains("./misi score --release DIR --predictions FILE"), card);
        assertTrue(card.contains("json.loads(line)"), card);
        assertTrue(card.contains("release / \"items\" / \"T1_test.jsonl\""), "the snippet opens a file the release has");

        JsonObject manifest = parse(Files.readString(release.resolve("manifest.json")));
        assertEquals(Manifest.FORMAT, manifest.getString("format"));
        assertEquals("misi-bench-test", manifest.getString("name"));
        assertEquals("2025-01-31T12:00:00Z", manifest.getString("created"));
        assertEquals(7, manifest.getInt("items"));
        assertEquals(5, manifest.getInt("images"));
        assertEquals(List.of("image_size", "seed"), List.copyOf(manifest.getJsonObject("settings").keySet()));
        assertEquals(3, manifest.getJsonObject("counts").getJsonObject("T1").getInt("test"));
        assertEquals(0, manifest.getJsonObject("counts").getJsonObject("T9").getInt("train"));
    }

    @Test
    void badItemFieldsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReleaseItem("t1-x", "T10", "test", "1aku", List.of(), "{}"));
        assertTrue(e.getMessage().contains("t1-x"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReleaseItem("t1-x", "T1", "val", "1aku", List.of(), "{}"));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseItem("t1 x", "T1", "test", "1aku", List.of(), "{}"));
        assertThrows(IllegalArgumentException.class,
                () -> new ReleaseItem("t1-x", "T1", "test", "1aku", List.of("ABC"), "{}"));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseItem("t1-x", "T1", "test", "1aku", List.of(), "{\n}"));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseInfo("r", "31/01/2025", "g", "", Map.of(), ""));
    }

    // --- helpers ---

    /** A real 2×2 PNG of one colour, stored by the SHA-256 of its bytes as the image store does. */
    private String storePng(int rgb) throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", png));
        String sha = sha256(png.toByteArray());
        Files.write(store.resolve(sha + ".png"), png.toByteArray());
        return sha;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the real GNU sha256sum in the release folder. */
    private static int sha256sumCheck(Path release) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", "--check", "--strict", "SHA256SUMS").directory(release.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "sha256sum finished");
        System.out.println("sha256sum: " + output.lines().filter(l -> !l.endsWith(": OK")).toList());
        return p.exitValue();
    }

    /** Every file under {@code root}, relative with '/', sorted. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (String f : files(root)) {
            contents.put(f, Files.readAllBytes(root.resolve(f)));
        }
        return contents;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
