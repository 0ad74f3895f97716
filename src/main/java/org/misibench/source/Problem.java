package org.misibench.source;

/** Why an input cannot be used: the stable, machine-readable half of a {@link SourceException}. */
public enum Problem {
    /** The path does not exist. */
    NOT_FOUND,
    /** A folder holds nothing that looks like a complex. */
    NO_COMPLEXES,
    /** The file cannot be read or decompressed. */
    UNREADABLE,
    /** The file is empty. */
    EMPTY_FILE,
    /** The file's format is not one the readers know (by its extension). */
    UNSUPPORTED_FORMAT,
    /** The file does not have the shape its format requires (broken counts line, binary data…). */
    MALFORMED,
    /** The file ends in the middle of a record. */
    TRUNCATED,
    /** An atom's element is not a chemical element. */
    UNKNOWN_ELEMENT,
    /** The file holds no atoms. */
    NO_ATOMS,
    /** No ligand: none named, the named one is absent, or the entry has no candidate hetero group. */
    NO_LIGAND,
    /** The ligand is too far from every protein atom to have a pocket. */
    LIGAND_NOT_NEAR_PROTEIN,
    /** No protein residue lies within the pocket radius of the ligand. */
    EMPTY_POCKET
}
