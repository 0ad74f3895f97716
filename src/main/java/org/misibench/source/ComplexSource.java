package org.misibench.source;

import java.util.List;
import java.util.Objects;

/**
 * The files of one input complex, before anything is parsed.
 *
 * @param id        the complex id, from the folder or file name (e.g. {@code 1G9V_RQ3}, {@code 1aku})
 * @param layout    how the files are laid out
 * @param files     the files, protein or entry first, then the ligand if separate
 * @param ligandRef the ligand as {@code CCD:chain:resnum} when known (whole entries), else empty
 */
public record ComplexSource(String id, InputLayout layout, List<SourceFile> files, String ligandRef) {

    public ComplexSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layout, "layout");
        files = List.copyOf(files);
        ligandRef = ligandRef == null ? "" : ligandRef;
        if (files.isEmpty()) {
            throw new IllegalArgumentException("complex " + id + " has no files");
        }
    }
}
