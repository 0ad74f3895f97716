package org.misibench.jobs.store;

import java.util.Arrays;
import java.util.List;
import org.misibench.source.ComplexSource;
import org.misibench.source.InputLayout;
import org.misibench.source.SourceFile;

/**
 * A prepared complex's input as the prepare step recorded it (MISI.PREPARED_COMPLEX with the
 * layout from MISI.COMPLEX_INVENTORY), enough to read the same files again in another process.
 * {@code SOURCE_LOCATION} holds the files' locations one per line, protein or entry first, as
 * {@link SourceFile#location()} writes them; it is empty for complexes prepared before it was
 * recorded.
 *
 * @param sourceSha256 the hash the complex was prepared from ({@link org.misibench.source.SourceSummary})
 * @param ligandRef    the ligand preparation chose, {@code CCD:chain:resnum}
 * @param layout       how the files are laid out; null when the inventory row is missing
 * @param locations    the files' locations, empty when not recorded
 */
public record PreparedSource(String complexId, String sourceSha256, String ligandRef, InputLayout layout,
                             List<String> locations) {

    public PreparedSource {
        locations = List.copyOf(locations);
    }

    /** The {@code SOURCE_LOCATION} text of {@code source}. */
    public static String location(ComplexSource source) {
        return String.join("\n", source.files().stream().map(SourceFile::location).toList());
    }

    static PreparedSource of(String complexId, String sourceSha256, String ligandRef, String layout, String location) {
        List<String> locations = location == null || location.isBlank() ? List.of()
                : Arrays.stream(location.split("\n")).filter(l -> !l.isBlank()).toList();
        return new PreparedSource(complexId, sourceSha256, ligandRef, layout == null ? null : InputLayout.valueOf(layout),
                locations);
    }

    /** Whether the files can be found again (recorded by a prepare step that stores locations). */
    public boolean recorded() {
        return !locations.isEmpty() && layout != null;
    }

    /**
     * The input again. A whole entry names the ligand preparation chose, so the same hetero group
     * is taken even where the first choice came from a manifest rather than the automatic rule.
     */
    public ComplexSource source() {
        if (!recorded()) {
            throw new IllegalStateException("complex " + complexId + ": its source files were not recorded");
        }
        return new ComplexSource(complexId, layout, locations.stream().map(SourceFile::at).toList(),
                layout == InputLayout.WHOLE_ENTRY ? ligandRef : "");
    }
}
