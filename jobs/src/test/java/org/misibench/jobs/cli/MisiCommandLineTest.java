package org.misibench.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: a separate JVM, its output and its exit code. */
class MisiCommandLineTest {

    @TempDir
    Path dir;

    /**
     * The test reads the runners' databases with AUTO_SERVER, so this JVM may end up owning one
     * after its runner exits (or was killed); H2 then closes it, compacting the file, whenever the
     * last remote session is found gone, which raced JUnit deleting the temporary folder. SHUTDOWN
     * closes it now, before the folder goes.
     */
    @AfterEach
    void closeDatabasesThisJvmMayOwn() throws IOException {
        try (var files = Files.walk(dir, 3)) {
            for (Path db : files.filter(f -> f.getFileName().toString().equals("misi.mv.db")).toList()) {
                String url = "jdbc:h2:" + db.resolveSibling("misi").toAbsolutePath() + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
                try (var c = java.sql.DriverManager.getConnection(url, "sa", "")) {
                    c.createStatement().execute("SHUTDOWN");
                } catch (java.sql.SQLException alreadyClosed) {
                    // nothing open, or closed meanwhile: nothing to wait for
                }
            }
        }
    }

    @Test
    void helpListsTheSubcommands() throws Exception {
        Run run = misi("--help");
        assertEquals(0, run.exitCode, run.output);
        assertTrue(run.output.contains("generate") && run.output.contains("test"), run.output);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() throws Exception {
        Run run = misi("generate", "--no-such-option");
        assertEquals(2, run.exitCode, run.output);
        assertTrue(run.output.contains("Unknown option: '--no-such-option'"), run.output);
    }

    @Test
    void generateOnAMissingInputExitsWith1AndSaysWhy() throws Exception {
        Path missing = dir.resolve("missing");
        Run run = misi("generate", "--input", missing.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode, run.output);
        assertTrue(run.output.contains("generate failed: FAILED: prepare-complexes: " + missing + ": no such file or folder"),
                run.output);
    }

    @Test
    void generateOnTheSampleExitsWith0AndReportsWhatItDid() throws Exception {
        Run run = misi("generate", "--out", dir.resolve("out").toString(), "--size", "64");
        assertEquals(0, run.exitCode, run.output);
        assertTrue(run.output.contains("complexes prepared: 14, quarantined: 0"), run.output);
        // 14 complexes, test fraction 0.1227 → 2 test, 12 train; per complex (spec §5, train / test):
        // T1 2 / 1 per axis (x, y), T2 2 / 1 per axis (x, y, z), T3 4 / 2, T5–T7 6 / 3, T9 1 / 1
        for (String row : List.of("T1 Translation 48 4 52", "T2 Rotation 72 6 78", "T3 Zooming 48 4 52",
                "T5 Translation + rotation 72 6 78", "T6 Rotation + rotation 72 6 78", "T7 Ligand docking 72 6 78",
                "T9 Pocket-ligand interaction 12 2 14")) {
            assertTrue(run.output.replaceAll("[ \\t]+", " ").contains(row), row + " in\n" + run.output);
        }
        Path draft = dir.resolve("out").resolve("releases").resolve("draft");
        assertTrue(Files.isRegularFile(draft.resolve("SHA256SUMS")), "a draft release to look at");

        // balanced answers: 52 translations over the 16 values ±1…4 on x and y → 3 or 4 each
        Run balance = misi("balance", "--release", draft.toString());
        assertEquals(0, balance.exitCode, balance.output);
        assertTrue(balance.output.contains("T1 Translation: 52 answers in 16 buckets, min 3, max 4"), balance.output);
        assertTrue(balance.output.contains("T5 Translation + rotation: 78 answers in 4 buckets"), balance.output);

        // the draft scores: its own answers as predictions score 100 on every task
        Path predictions = dir.resolve("predictions.jsonl");
        StringBuilder lines = new StringBuilder();
        try (var files = Files.list(draft.resolve("items"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("_test.jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    try (var r = jakarta.json.Json.createReader(new java.io.StringReader(line))) {
                        var o = r.readObject();
                        lines.append(jakarta.json.Json.createObjectBuilder().add("id", o.getString("id"))
                                .add("prediction", o.getString("answer")).build()).append('\n');
                    }
                }
            }
        }
        Files.writeString(predictions, lines);
        Run score = misi("score", "--release", draft.toString(), "--predictions", predictions.toString());
        assertEquals(0, score.exitCode, score.output);
        assertTrue(score.output.contains("average without T5/T6: 100.00 (exact match 100.00)"), score.output);
    }

    @Test
    void hbondsPrintsThePocketLigandBondsInTheReleaseFormat() throws Exception {
        Run run = misi("hbonds", Path.of("../src/main/resources/misi-sample/plip_pdb/1aku.pdb").toAbsolutePath().toString(),
                "--ligand-id", "FMN:A:150");
        assertEquals(0, run.exitCode, run.output);
        assertTrue(run.output.lines().anyMatch(l -> l.matches("THR 59 \\S+ A, \\S+")),
                "Thr59 H-bonds FMN (PLIP's literature set): " + run.output);
        assertTrue(run.output.contains("hbonds: 1aku, ligand FMN:A:150:"), run.output);
    }

    @Test
    void hbondsTsvHasAHeaderAndOneRowPerBond() throws Exception {
        Run run = misi("hbonds", Path.of("../src/main/resources/misi-sample/plip_pdb/1aku.pdb").toAbsolutePath().toString(),
                "--tsv");
        assertEquals(0, run.exitCode, run.output);
        List<String> lines = run.output.lines().filter(l -> l.contains("\t")).toList();
        assertEquals("residue\tnumber\tatom\tchain\tligand_atom\tdonor\tdistance\tangle\tcriterion", lines.get(0));
        assertTrue(lines.size() > 1, run.output);
        for (String row : lines.subList(1, lines.size())) {
            String[] f = row.split("\t", -1);
            assertEquals(9, f.length, row);
            assertTrue(f[5].equals("pocket") || f[5].equals("ligand"), row);
            assertTrue(Double.parseDouble(f[6]) > 2.0 && Double.parseDouble(f[6]) < 4.5, row);
        }
    }

    @Test
    void hbondsOnBadInputExitsWith2AndOneLineWithoutAStackTrace() throws Exception {
        Path truncated = Files.writeString(dir.resolve("cut.pdb"),
                "ATOM      1  N   SER A  22      -1.000  19.000  55.000  1.00 48.08           N\nATOM      2  CA  SER A  22      -2.1");
        Path empty = Files.writeString(dir.resolve("empty.pdb"), "");
        Path missing = dir.resolve("missing.pdb");
        for (Path bad : List.of(truncated, empty, missing)) {
            Run run = misi("hbonds", bad.toString());
            assertEquals(2, run.exitCode, run.output);
            assertEquals(1, run.output.lines().count(), run.output);
            assertTrue(run.output.startsWith("hbonds: " + bad), run.output);
            assertFalse(run.output.contains("Exception") || run.output.contains("\tat "), run.output);
        }
    }

    @Test
    void renderWritesTheViewAndTheGroundTruthJson() throws Exception {
        Path out = dir.resolve("render");
        Run run = misi("render", Path.of("../src/main/resources/misi-sample/plip_pdb/1aku.pdb").toAbsolutePath().toString(),
                "--ligand-id", "FMN:A:150", "--view", "front", "--size", "128", "--device", "cpu", "--out", out.toString());
        assertEquals(0, run.exitCode, run.output);
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.resolve("1aku_front.png").toFile());
        assertEquals(128, png.getWidth());
        assertEquals(128, png.getHeight());
        try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(out.resolve("1aku_views.json")))) {
            var root = reader.readObject();
            var atoms = root.getJsonObject("views").getJsonObject("front").getJsonArray("atoms");
            assertTrue(atoms.size() > 100, "pocket and ligand atoms: " + atoms.size());
            long ligandAtoms = atoms.stream().filter(a -> a.asJsonObject().getBoolean("ligand")).count();
            assertEquals(31, ligandAtoms, "FMN's 31 heavy atoms");
            for (var a : atoms) {
                var pixel = a.asJsonObject().getJsonArray("pixel");
                double x = pixel.getJsonNumber(0).doubleValue();
                double y = pixel.getJsonNumber(1).doubleValue();
                assertTrue(x >= 0 && x <= 128 && y >= 0 && y <= 128, "every atom inside the fitted view: " + a);
                // visible atoms are in front of the eye: negative screen z
                assertTrue(a.asJsonObject().getJsonArray("screen").getJsonNumber(2).doubleValue() < 0);
            }
        }
    }

    @Test
    void renderRefusesAnUnknownViewWithExitCode2() throws Exception {
        Run run = misi("render", "whatever.pdb", "--view", "sideways", "--out", dir.toString());
        assertEquals(2, run.exitCode, run.output);
        assertTrue(run.output.contains("unknown view 'sideways'"), run.output);
    }

    @Test
    void aRunnerKilledMidRunIsRestartedFromItsCheckpointAndEndsWithWhatAnUninterruptedRunMakes() throws Exception {
        // small images and three tasks keep the test short; one partition here, two below: the
        // result must not depend on how the work was split either
        String[] run = {"--size", "64", "--tasks", "T1,T4,T9"};
        Path clean = dir.resolve("clean");
        Run uninterrupted = misi(concat(run, "generate", "--out", clean.toString(), "--partitions", "1"));
        assertEquals(0, uninterrupted.exitCode, uninterrupted.output);
        Set<String> cleanItems = itemRows(clean);
        assertTrue(cleanItems.size() > 100, "items of 14 complexes: " + cleanItems.size());

        Path crashed = dir.resolve("crashed");
        Process runner = start(concat(run, "generate", "--out", crashed.toString(), "--test-slowdown-ms", "250"));
        long deadline = System.currentTimeMillis() + 90_000;
        while (itemRows(crashed).size() < 20) {      // some complexes' items are committed
            assertTrue(System.currentTimeMillis() < deadline, "the runner made no progress");
            Thread.sleep(200);
        }
        runner.destroyForcibly();                    // SIGKILL: no shutdown hooks, no clean-up
        assertTrue(runner.waitFor(30, TimeUnit.SECONDS));
        assertTrue(itemRows(crashed).size() < cleanItems.size(), "killed before the end");

        Run restarted = misi(concat(run, "generate", "--out", crashed.toString()));
        assertEquals(0, restarted.exitCode, restarted.output);
        assertTrue(restarted.output.contains("was left running by a runner that died; marked FAILED"), restarted.output);
        assertTrue(restarted.output.contains("restarting execution"), restarted.output);
        assertTrue(restarted.output.contains("complexes prepared: 14, quarantined: 0"), restarted.output);
        assertEquals(preparedRows(clean), preparedRows(crashed), "the same prepared complexes as the uninterrupted run");
        assertEquals(cleanItems, itemRows(crashed), "the same items, byte for byte (id and SHA-256 of the JSON)");
        assertEquals(imageFiles(clean), imageFiles(crashed), "the same image files");
    }

    private static String[] concat(String[] options, String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    /** (item id, SHA-256 of its JSON) of every item in an output folder's database. */
    private static Set<String> itemRows(Path out) throws Exception {
        return query(out, "SELECT ITEM_ID || ' ' || JSON_SHA256 FROM MISI.ITEM");
    }

    /**
     * The image files of an output folder, each checked to be named by the SHA-256 of its bytes
     * (computed here, independently of the writer).
     */
    private static Set<String> imageFiles(Path out) throws Exception {
        Set<String> names = new java.util.TreeSet<>();
        try (var files = Files.list(out.resolve("images"))) {
            for (Path f : files.toList()) {
                String sha = java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
                assertEquals(sha + ".png", f.getFileName().toString(), "content-addressed name");
                names.add(f.getFileName().toString());
            }
        }
        return names;
    }

    /** (complex id, source hash, ligand, pocket atoms) of every prepared complex in an output folder. */
    private static Set<String> preparedRows(Path out) throws Exception {
        return query(out, "SELECT COMPLEX_ID || ' ' || SOURCE_SHA256 || ' ' || LIGAND_REF || ' ' || POCKET_ATOMS "
                + "FROM MISI.PREPARED_COMPLEX");
    }

    /** The rows of a one-column query on an output folder's database (none before it exists). */
    private static Set<String> query(Path out, String sql) throws Exception {
        Set<String> rows = new java.util.TreeSet<>();
        if (!Files.exists(out.resolve("db").resolve("misi.mv.db"))) {
            return rows;
        }
        String url = "jdbc:h2:" + out.resolve("db").resolve("misi").toAbsolutePath() + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (java.sql.SQLException notYetCreated) {
            // the schema appears when the runner has migrated it
        }
        return rows;
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Misi.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Run misi(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Misi.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "misi finished");
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitCode, String output) {
    }
}
