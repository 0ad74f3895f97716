package org.misibench.structure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;
import org.misibench.source.SourceFile;

/**
 * The text of a structure file: read whole, gunzipped when the name ends in {@code .gz}, and
 * refused when it is empty or binary, before any parser sees it.
 */
record StructureText(SourceFile file, String text) {

    static StructureText read(SourceFile file) throws SourceException {
        byte[] bytes;
        try (InputStream in = file.open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new SourceException(file.location(), Problem.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
        if (file.fileName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new SourceException(file.location(), Problem.UNREADABLE, "cannot decompress: " + e.getMessage(), e);
            }
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new SourceException(file.location(), Problem.EMPTY_FILE, "empty file");
        }
        int binary = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0 || (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                binary++;
            }
        }
        // structure files are plain text; a few stray control bytes are tolerated, a binary blob is not
        if (binary > 0 && binary * 100L > bytes.length) {
            throw new SourceException(file.location(), Problem.MALFORMED,
                    "binary data, not a text structure file (" + binary + " control bytes in " + bytes.length + ")");
        }
        return new StructureText(file, new String(bytes, StandardCharsets.ISO_8859_1));
    }

    List<String> lines() {
        return text.lines().toList();
    }

    String location() {
        return file.location();
    }
}
