package org.misibench.structure;

import org.misibench.source.Problem;
import org.misibench.source.SourceException;
import org.misibench.source.SourceFile;

/**
 * Reads any supported structure file into a {@link Structure}, choosing the reader by
 * extension. Every failure is a {@link SourceException} naming the file, a {@link Problem} and
 * the reason; nothing else escapes.
 */
public final class StructureReader {

    private StructureReader() {
    }

    public static Structure read(SourceFile file) throws SourceException {
        StructureFormat format = StructureFormat.of(file.fileName()).orElseThrow(() -> new SourceException(
                file.location(), Problem.UNSUPPORTED_FORMAT,
                "unsupported structure format (expected .pdb, .ent, .cif, .sdf, .mol or .mol2, optionally .gz)"));
        StructureText text = StructureText.read(file);
        return switch (format) {
            case PDB -> PdbReader.read(text);
            case MMCIF -> MmcifReader.read(text);
            case SDF -> LigandFileReader.readSdf(text);
            case MOL2 -> LigandFileReader.readMol2(text);
        };
    }
}
