package org.misibench.structure;

import java.util.Locale;
import java.util.Optional;

/** The structure formats we read, told apart by file extension (looking through {@code .gz}). */
public enum StructureFormat {
    PDB, MMCIF, SDF, MOL2;

    /** The format of {@code fileName}, if it is one we read. */
    public static Optional<StructureFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "pdb", "ent" -> Optional.of(PDB);
            case "cif", "mmcif" -> Optional.of(MMCIF);
            case "sdf", "sd", "mol" -> Optional.of(SDF);
            case "mol2" -> Optional.of(MOL2);
            default -> Optional.empty();
        };
    }
}
