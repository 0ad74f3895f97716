package org.misibench.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample complexes bundled with the system (classpath folder {@code /misi-sample/}, origin
 * and licences in its {@code SOURCE.md}): the default input of the generate job. They are
 * listed by {@code manifest.tsv}, because a classpath folder inside a jar cannot be listed.
 */
public final class BundledSample {

    /** The input name that selects the bundled sample in job parameters and on the command line. */
    public static final String INPUT_NAME = "sample";

    private static final String ROOT = "/misi-sample/";

    private BundledSample() {
    }

    /** The bundled complexes in manifest order. */
    public static List<ComplexSource> complexes() {
        List<ComplexSource> result = new ArrayList<>();
        for (ManifestRow row : manifest()) {
            List<SourceFile> files = new ArrayList<>();
            files.add(new ClasspathSourceFile(ROOT + row.proteinFile()));
            boolean wholeEntry = row.ligandFile().startsWith("(");
            if (!wholeEntry) {
                files.add(new ClasspathSourceFile(ROOT + row.ligandFile()));
            }
            result.add(new ComplexSource(row.id(),
                    wholeEntry ? InputLayout.WHOLE_ENTRY : InputLayout.PROTEIN_AND_LIGAND_FILES,
                    files, wholeEntry ? row.ligandRef() : ""));
        }
        return result;
    }

    /** The bundled complex {@code id}; {@link IllegalArgumentException} naming the ids there are if absent. */
    public static ComplexSource complex(String id) {
        List<ComplexSource> all = complexes();
        return all.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no bundled complex '" + id + "'; bundled: " + all.stream().map(ComplexSource::id).toList()));
    }

    /** The manifest's rows: facts about each complex recorded when the sample was assembled. */
    public static List<ManifestRow> manifest() {
        try (InputStream in = BundledSample.class.getResourceAsStream(ROOT + "manifest.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample is missing from the classpath: " + ROOT);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ManifestRow> rows = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(ManifestRow.parse(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("read " + ROOT + "manifest.tsv", e);
        }
    }

    /**
     * One manifest line: the files, the ligand as {@code CCD:chain:resnum}, the ligand's heavy
     * atoms (from its SDF counts line or HETATM records) and the atom records of the protein file.
     */
    public record ManifestRow(String id, String set, String proteinFile, String ligandFile, String ligandRef,
                              int ligandHeavyAtoms, int proteinAtomRecords) {

        static ManifestRow parse(String line) {
            String[] f = line.split("\t");
            return new ManifestRow(f[0], f[1], f[2], f[3], f[4], Integer.parseInt(f[5]), Integer.parseInt(f[7]));
        }
    }
}
