package org.misibench.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;

/**
 * Counts atom records by file format without building molecules: ATOM/HETATM lines of PDB and
 * mmCIF files, the counts line of SDF/MOL files, the molecule header of MOL2 files.
 */
enum AtomRecordCounter {

    /** Fixed-column PDB: records start with {@code ATOM  } or {@code HETATM}. */
    PDB {
        @Override
        int count(BufferedReader reader) throws IOException {
            return countLinesStartingWith(reader, "ATOM  ", "HETATM");
        }
    },

    /** mmCIF: rows of the {@code _atom_site} loop start with their group, {@code ATOM} or {@code HETATM}. */
    MMCIF {
        @Override
        int count(BufferedReader reader) throws IOException {
            return countLinesStartingWith(reader, "ATOM ", "HETATM ");
        }
    },

    /** V2000 and V3000 molfiles: the first record of an SDF. */
    SDF {
        @Override
        int count(BufferedReader reader) throws IOException, MalformedException {
            for (int i = 0; i < 3; i++) {
                if (reader.readLine() == null) {
                    throw new MalformedException(Problem.TRUNCATED, "ends before the counts line (line 4)");
                }
            }
            String counts = reader.readLine();
            if (counts == null) {
                throw new MalformedException(Problem.TRUNCATED, "ends before the counts line (line 4)");
            }
            if (counts.contains("V3000")) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("M  V30 COUNTS")) {
                        return parse(line.substring(13).trim().split("\\s+")[0], line);
                    }
                }
                throw new MalformedException("V3000 molfile without a COUNTS line");
            }
            if (counts.length() < 3) {
                throw new MalformedException("broken counts line (line 4): '" + counts + "'");
            }
            return parse(counts.substring(0, 3).trim(), counts);
        }
    },

    MOL2 {
        @Override
        int count(BufferedReader reader) throws IOException, MalformedException {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.trim().equals("@<TRIPOS>MOLECULE")) {
                    reader.readLine(); // molecule name
                    String counts = reader.readLine();
                    if (counts == null || counts.isBlank()) {
                        throw new MalformedException("no counts line after @<TRIPOS>MOLECULE");
                    }
                    return parse(counts.trim().split("\\s+")[0], counts);
                }
            }
            throw new MalformedException("no @<TRIPOS>MOLECULE record");
        }
    };

    /** The number of atom records in the text {@code reader} yields. */
    abstract int count(BufferedReader reader) throws IOException, MalformedException;

    private static int countLinesStartingWith(BufferedReader reader, String first, String second) throws IOException {
        int count = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith(first) || line.startsWith(second)) {
                count++;
            }
        }
        return count;
    }

    /** The counter for a file name, looking through a {@code .gz} suffix. */
    static AtomRecordCounter forFile(String fileName) throws MalformedException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "pdb", "ent" -> PDB;
            case "cif", "mmcif" -> MMCIF;
            case "sdf", "mol", "sd" -> SDF;
            case "mol2" -> MOL2;
            default -> throw new MalformedException(Problem.UNSUPPORTED_FORMAT, "unknown structure format '." + ext + "'");
        };
    }

    private static int parse(String number, String line) throws MalformedException {
        try {
            int n = Integer.parseInt(number);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new MalformedException("broken counts line: '" + line.strip() + "'");
        }
    }

    /** The file's text does not have the shape its format requires. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        private final Problem problem;

        MalformedException(String message) {
            this(Problem.MALFORMED, message);
        }

        MalformedException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
