package org.misibench.source;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What can be said about a complex's files without parsing chemistry: a content digest for
 * provenance and change detection, their size, and how many atom records they hold.
 *
 * @param id          the complex id
 * @param layout      how its files are laid out
 * @param sha256      SHA-256 over the files' names and SHA-256s, in file order (hex)
 * @param bytes       total size of the files as stored (compressed if gzipped)
 * @param atomRecords ATOM/HETATM records of PDB files plus the atom counts of SDF/MOL2 files
 */
public record SourceSummary(String id, InputLayout layout, String sha256, long bytes, int atomRecords) {

    /** Reads every file of {@code source} once. */
    public static SourceSummary of(ComplexSource source) throws SourceException {
        MessageDigest complexDigest = newSha256();
        long bytes = 0;
        int atoms = 0;
        for (SourceFile file : source.files()) {
            FileFacts facts = read(file);
            complexDigest.update((file.fileName() + '\0' + facts.sha256 + '\n').getBytes(StandardCharsets.UTF_8));
            bytes += facts.bytes;
            atoms += facts.atomRecords;
        }
        return new SourceSummary(source.id(), source.layout(), HexFormat.of().formatHex(complexDigest.digest()),
                bytes, atoms);
    }

    private static FileFacts read(SourceFile file) throws SourceException {
        byte[] stored;
        try (InputStream in = file.open()) {
            stored = in.readAllBytes(); // input files are a few MB at most
        } catch (IOException e) {
            throw new SourceException(file.location(), Problem.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
        if (stored.length == 0) {
            throw new SourceException(file.location(), Problem.EMPTY_FILE, "empty file");
        }
        try {
            byte[] text = file.fileName().toLowerCase(Locale.ROOT).endsWith(".gz") ? gunzip(stored) : stored;
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(text), StandardCharsets.ISO_8859_1));
            int atoms = AtomRecordCounter.forFile(file.fileName()).count(reader);
            return new FileFacts(HexFormat.of().formatHex(newSha256().digest(stored)), stored.length, atoms);
        } catch (IOException e) {
            throw new SourceException(file.location(), Problem.UNREADABLE, "cannot decompress: " + e.getMessage(), e);
        } catch (AtomRecordCounter.MalformedException e) {
            throw new SourceException(file.location(), e.problem(), e.getMessage(), e);
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record FileFacts(String sha256, long bytes, int atomRecords) {
    }
}
