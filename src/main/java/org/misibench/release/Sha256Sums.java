package org.misibench.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code SHA256SUMS}: the digest of every file of the release but itself, one
 * {@code <sha256>  <path>} line each (two spaces: GNU {@code sha256sum}'s text mode), paths relative
 * to the release root with {@code /}, sorted, so that {@code sha256sum -c SHA256SUMS} run in the release
 * folder checks a download.
 */
public final class Sha256Sums {

    static final String FILE = "SHA256SUMS";

    private Sha256Sums() {
    }

    /** The SHA-256 of every regular file under {@code root} except {@code SHA256SUMS}, by relative path, sorted. */
    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String relative = relative(root, file);
            if (!relative.equals(FILE)) {
                digests.put(relative, sha256(file));
            }
        }
        return digests;
    }

    /** Writes {@code SHA256SUMS} into {@code root} from {@code digests}. */
    static void write(Path root, Map<String, String> digests) throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(digests).forEach((path, sha) -> text.append(sha).append("  ").append(path).append('\n'));
        Files.writeString(root.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    /** The SHA-256 of a file, streamed, in lower-case hex as sha256sum prints it. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path root, Path file) {
        // sha256sum reads '/' on every platform; our names hold no characters it would escape
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
