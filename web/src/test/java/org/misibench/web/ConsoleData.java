package org.misibench.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.misibench.complex.ComplexPreparer;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.store.InventoryStore;
import org.misibench.jobs.store.PreparedComplexStore;
import org.misibench.jobs.store.PreparedRow;
import org.misibench.jobs.store.SchemaMigrations;
import org.misibench.jobs.users.Role;
import org.misibench.jobs.users.UserStore;
import org.misibench.scoring.Task;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceSummary;
import org.misibench.task.QuestionTemplates;

/**
 * What the runner would have left in the data folder the test server reads (-Dmisi.data.dir):
 * users, items (release lines as docs/release-format.md fixes them) and their images. Written
 * from the test JVM into the very H2 file the server has open (AUTO_SERVER), which is the
 * console's shared-database set-up.
 */
final class ConsoleData {

    static final String PASSWORD = "review-all-day";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static DataSource db;

    private ConsoleData() {
    }

    static Path dir() {
        return Path.of(System.getProperty("misi.it.data.dir", "target/it-data")).toAbsolutePath();
    }

    static synchronized DataSource db() {
        if (db == null) {
            db = EmbeddedDatabase.dataSource(EmbeddedDatabase.url(dir().resolve("db")));
            SchemaMigrations.migrate(db);
        }
        return db;
    }

    static void user(String name, Role role) throws Exception {
        new UserStore(db()).put(name, PASSWORD.toCharArray(), role);
    }

    /**
     * A T1 (translation) item on complex {@code complex}: the real 1aku front, left and top views
     * rendered for the README, and a "front after" that is the front view moved right.
     */
    static String translationItem(String complex, String split) throws Exception {
        return translationItem(complex, split, 1);
    }

    static String translationItem(String complex, String split, long run) throws Exception {
        BufferedImage front = ImageIO.read(Path.of("../docs/views/1aku_front.png").toFile());
        List<String> images = List.of(image(front), image(ImageIO.read(Path.of("../docs/views/1aku_left.png").toFile())),
                image(ImageIO.read(Path.of("../docs/views/1aku_top.png").toFile())), image(shiftedRight(front, 48)));
        String id = itemId(1, complex);
        StringBuilder json = new StringBuilder("{\"id\":\"").append(id).append("\",\"task\":\"T1\",\"split\":\"").append(split)
                .append("\",\"complex\":\"").append(complex).append("\",\"images\":[");
        for (int i = 0; i < images.size(); i++) {
            json.append(i == 0 ? "" : ",").append("\"images/").append(images.get(i)).append(".png\"");
        }
        json.append("],\"image_roles\":[\"front\",\"left\",\"top\",\"front-after\"],\"question\":")
                .append(jsonString(QuestionTemplates.question(Task.TRANSLATION)))
                .append(",\"answer\":\"move x 3\",\"parameters\":{\"axis\":\"x\",\"distance\":\"3\"},")
                .append("\"provenance\":{\"generator\":\"misi-bench-studio 0.1.0\",\"seed\":1842,\"source_sha256\":\"")
                .append(sha256("1aku.pdb".getBytes(StandardCharsets.UTF_8)))
                .append("\",\"criteria\":\"chimerax-hbonds-relaxed v1\",\"renderer\":\"misi-vulkan 0.1.0\",\"image_size\":512,")
                .append("\"cameras\":[{\"position\":[0.0,0.0,62.4],\"axes\":[[1,0,0],[0,1,0],[0,0,1]]}]}}");
        insert(id, "T1", split, complex, run, "move x 3", json.toString());
        return id;
    }

    /**
     * The pocket–ligand H-bonds of the bundled 1aku (FMN:A:150) as T9 answers write them: the 14 of the
     * README's {@code ./misi hbonds} run, written out here so that the page's table is checked against
     * a fixed list, not against the code that makes it.
     */
    static final String AKU_BONDS = "SER 10 OG A, O2P; THR 11 N A, O1P; THR 12 N A, O3P; THR 12 OG1 A, O3P; ASN 14 N A, O3P; "
            + "ASN 14 ND2 A, O4'; THR 15 N A, O2P; THR 15 OG1 A, O2P; SER 58 OG A, O1P; THR 59 O A, O2'; CYS 93 O A, O2'; "
            + "ALA 95 N A, O2; TYR 100 O A, O2; CYS 102 N A, O2";

    /** Records bundled complex {@code id} as the prepare step does: inventory and prepared rows, source location included. */
    static void preparedBundled(String id) throws Exception {
        ComplexSource source = BundledSample.complex(id);
        // execution 0: no job execution of the test server has that id
        PreparedRow row = PreparedRow.of(SourceSummary.of(source), source, ComplexPreparer.prepare(source), 0);
        new InventoryStore(db()).upsert(List.of(row.inventory()));
        new PreparedComplexStore(db()).upsert(List.of(row));
    }

    /** The hash the generator records as an item's provenance source_sha256 for bundled complex {@code id}. */
    static String bundledSha256(String id) throws Exception {
        return SourceSummary.of(BundledSample.complex(id)).sha256();
    }

    /**
     * 1aku's T9 item: the six views rendered for the README, the question, {@link #AKU_BONDS} as the
     * answer, and {@code sourceSha256} as the hash of the files it was made from.
     */
    static String pocketBondsItem(String split, long run, String sourceSha256) throws Exception {
        List<String> roles = List.of("front", "left", "top", "back", "right", "bottom");
        List<String> images = new java.util.ArrayList<>();
        for (String role : roles) {
            images.add(image(ImageIO.read(Path.of("../docs/views/1aku_" + role + ".png").toFile())));
        }
        String id = itemId(9, "1aku");
        StringBuilder json = new StringBuilder("{\"id\":\"").append(id).append("\",\"task\":\"T9\",\"split\":\"").append(split)
                .append("\",\"complex\":\"1aku\",\"images\":[");
        for (int i = 0; i < images.size(); i++) {
            json.append(i == 0 ? "" : ",").append("\"images/").append(images.get(i)).append(".png\"");
        }
        json.append("],\"image_roles\":[\"").append(String.join("\",\"", roles)).append("\"],\"question\":")
                .append(jsonString(QuestionTemplates.question(Task.POCKET_HBONDS)))
                .append(",\"answer\":").append(jsonString(AKU_BONDS)).append(",\"parameters\":{\"bonds\":\"14\"},")
                .append("\"provenance\":{\"generator\":\"misi-bench-studio 0.1.0\",\"seed\":1842,\"source_sha256\":\"")
                .append(sourceSha256)
                .append("\",\"criteria\":\"chimerax-hbonds-relaxed v1\",\"renderer\":\"misi-vulkan 0.1.0\",\"image_size\":512,")
                .append("\"cameras\":[{\"position\":[0.0,0.0,62.4],\"axes\":[[1,0,0],[0,1,0],[0,0,1]]}]}}");
        insert(id, "T9", split, "1aku", run, AKU_BONDS, json.toString());
        return id;
    }

    /** Answers in the grammar of each task (spec §4, §5), for queue rows that read like real ones. */
    private static final String[] ANSWERS = {"move y -2", "roll y -60", "move z 47", "Yes: THR OG1, O2'", "B", "D",
        "roll x 75, move x -14", "A", "SER 10 OG A, O2P; THR 11 N A, O1P"};

    /** An item of task {@code task} (1-9) without images, for filling the queue. */
    static String plainItem(int task, String complex, String split, long run) throws Exception {
        return plainItem(task, complex, split, run, ANSWERS[task - 1], "{}");
    }

    /** The same with a chosen answer and parameters (a JSON object), for realistic answer distributions. */
    static String plainItem(int task, String complex, String split, long run, String answer, String parameters)
            throws Exception {
        String id = itemId(task, complex);
        String question = QuestionTemplates.question(Task.values()[task - 1], "THR 59");
        String json = "{\"id\":\"" + id + "\",\"task\":\"T" + task + "\",\"split\":\"" + split + "\",\"complex\":\"" + complex
                + "\",\"images\":[],\"image_roles\":[],\"question\":" + jsonString(question) + ",\"answer\":" + jsonString(answer)
                + ",\"parameters\":" + parameters + ",\"provenance\":{\"generator\":\"misi-bench-studio 0.1.0\",\"seed\":7}}";
        insert(id, "T" + task, split, complex, run, answer, json);
        return id;
    }

    /**
     * Written items carry run {@code SYNTHETIC_RUNS + run}: the server's own jobs (GenerateJobIT,
     * the jobs page) number their runs 1, 2, 3 … in the same database, and a test counting one run's
     * items must not find these among them, whatever order the ITs run in.
     */
    static final long SYNTHETIC_RUNS = 900;

    /** The run id the items written with {@code run} have in the database and the console. */
    static long run(long run) {
        return SYNTHETIC_RUNS + run;
    }

    private static void insert(String id, String task, String split, String complex, long syntheticRun, String answer,
                               String json) throws Exception {
        long run = run(syntheticRun);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO misi.item (item_id, task,"
                + " split, complex_id, run_id, job_execution_id, answer, item_json, json_sha256, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {id, task, split, complex, run, run, answer, json,
                    sha256(json.getBytes(StandardCharsets.UTF_8)), now, now};
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    /** Writes {@code image} as {@code <data>/images/<sha256>.png} and returns the hash. */
    static String image(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String sha = sha256(png.toByteArray());
        Files.createDirectories(dir().resolve("images"));
        Files.write(dir().resolve("images").resolve(sha + ".png"), png.toByteArray());
        return sha;
    }

    private static BufferedImage shiftedRight(BufferedImage source, int pixels) {
        BufferedImage moved = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        moved.getGraphics().drawImage(source, pixels, 0, null);
        return moved;
    }

    private static String itemId(int task, String complex) {
        return "t" + task + "-" + sha256((complex + "/" + task + "/" + SEQUENCE.incrementAndGet() + "/" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }
}
