package org.misibench.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.misibench.geometry.Vec3;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;

/**
 * Reads the {@code _atom_site} loop of a PDBx/mmCIF file (CDK has no mmCIF reader): the first
 * model, author chain, residue numbers and insertion codes (as PDB files name them), atom names,
 * elements, occupancies and alternate locations (one kept per atom, as for PDB). No bonds: whole
 * entries are connected the way ChimeraX connects them, by templates and distance.
 */
final class MmcifReader {

    private static final String PREFIX = "_atom_site.";

    private MmcifReader() {
    }

    static Structure read(StructureText text) throws SourceException {
        List<String> lines = text.lines();
        int i = 0;
        while (i < lines.size() && !isAtomSiteLoopStart(lines, i)) {
            i++;
        }
        if (i >= lines.size()) {
            throw new SourceException(text.location(), Problem.NO_ATOMS, "no _atom_site loop");
        }
        i++; // past "loop_"
        Map<String, Integer> column = new HashMap<>();
        while (i < lines.size() && lines.get(i).trim().startsWith(PREFIX)) {
            column.put(lines.get(i).trim().substring(PREFIX.length()).split("\\s+")[0], column.size());
            i++;
        }
        Columns c = Columns.of(column, text);
        List<Atom> atoms = new ArrayList<>();
        String firstModel = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("_") || line.startsWith("loop_")
                    || line.startsWith("data_")) {
                break;
            }
            List<String> f = tokens(line);
            if (f.size() != column.size()) {
                throw new SourceException(text.location(), Problem.MALFORMED, "line " + (i + 1) + ": " + f.size()
                        + " values for " + column.size() + " _atom_site columns");
            }
            String model = c.model < 0 ? "1" : f.get(c.model);
            if (firstModel == null) {
                firstModel = model;
            } else if (!firstModel.equals(model)) {
                break; // later models are ignored, as for PDB files
            }
            atoms.add(atom(text, i, f, c));
        }
        if (atoms.isEmpty()) {
            throw new SourceException(text.location(), Problem.NO_ATOMS, "the _atom_site loop has no rows");
        }
        List<Atom> kept = new ArrayList<>();
        for (int k : AltLocs.keepOne(atoms)) {
            kept.add(atoms.get(k));
        }
        return new Structure(text.location(), kept, List.of());
    }

    private static boolean isAtomSiteLoopStart(List<String> lines, int i) {
        return lines.get(i).trim().equals("loop_") && i + 1 < lines.size() && lines.get(i + 1).trim().startsWith(PREFIX);
    }

    private static Atom atom(StructureText text, int line, List<String> f, Columns c) throws SourceException {
        try {
            String symbol = value(f.get(c.element));
            Element element = Element.of(symbol).orElseThrow(() -> new SourceException(text.location(),
                    Problem.UNKNOWN_ELEMENT, "line " + (line + 1) + ": unknown element '" + symbol + "'"));
            String icode = c.insertionCode < 0 ? "" : value(f.get(c.insertionCode));
            String alt = c.altLoc < 0 ? "" : value(f.get(c.altLoc));
            ResidueId residue = new ResidueId(value(f.get(c.chain)), Integer.parseInt(value(f.get(c.residueNumber))),
                    icode.isEmpty() ? ' ' : icode.charAt(0), value(f.get(c.residueName)));
            double occupancy = c.occupancy < 0 || value(f.get(c.occupancy)).isEmpty() ? 1.0
                    : Double.parseDouble(value(f.get(c.occupancy)));
            return new Atom(Integer.parseInt(value(f.get(c.serial))), value(f.get(c.atomName)), element, residue,
                    alt.isEmpty() ? ' ' : alt.charAt(0), occupancy, f.get(c.group).equals("HETATM"),
                    new Vec3(Double.parseDouble(f.get(c.x)), Double.parseDouble(f.get(c.y)), Double.parseDouble(f.get(c.z))));
        } catch (NumberFormatException e) {
            throw new SourceException(text.location(), Problem.MALFORMED, "line " + (line + 1) + ": not a number: "
                    + e.getMessage(), e);
        }
    }

    /** mmCIF writes '.' for "not applicable" and '?' for "unknown": both mean empty here. */
    private static String value(String token) {
        return token.equals(".") || token.equals("?") ? "" : token;
    }

    /** Whitespace-separated tokens; single- or double-quoted tokens may hold spaces (atom names like "O5'"). */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char ch = line.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                // a quote closes only when followed by whitespace or the end of the line
                int end = i + 1;
                while (end < line.length() && !(line.charAt(end) == ch
                        && (end + 1 == line.length() || Character.isWhitespace(line.charAt(end + 1))))) {
                    end++;
                }
                out.add(line.substring(i + 1, Math.min(end, line.length())));
                i = end + 1;
            } else {
                int end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                out.add(line.substring(i, end));
                i = end;
            }
        }
        return out;
    }

    /** Positions of the columns we read; the first of each pair of alternatives that is present wins. */
    private record Columns(int group, int serial, int element, int atomName, int altLoc, int residueName, int chain,
                           int residueNumber, int insertionCode, int x, int y, int z, int occupancy, int model) {

        static Columns of(Map<String, Integer> column, StructureText text) throws SourceException {
            return new Columns(required(column, text, "group_PDB"), required(column, text, "id"),
                    required(column, text, "type_symbol"), either(column, text, "auth_atom_id", "label_atom_id"),
                    optional(column, "label_alt_id"), either(column, text, "auth_comp_id", "label_comp_id"),
                    either(column, text, "auth_asym_id", "label_asym_id"), either(column, text, "auth_seq_id", "label_seq_id"),
                    optional(column, "pdbx_PDB_ins_code"), required(column, text, "Cartn_x"),
                    required(column, text, "Cartn_y"), required(column, text, "Cartn_z"), optional(column, "occupancy"),
                    optional(column, "pdbx_PDB_model_num"));
        }

        private static int required(Map<String, Integer> column, StructureText text, String name) throws SourceException {
            Integer i = column.get(name);
            if (i == null) {
                throw new SourceException(text.location(), Problem.MALFORMED, "the _atom_site loop has no " + name + " column");
            }
            return i;
        }

        private static int either(Map<String, Integer> column, StructureText text, String preferred, String fallback)
                throws SourceException {
            Integer i = column.get(preferred);
            return i != null ? i : required(column, text, fallback);
        }

        private static int optional(Map<String, Integer> column, String name) {
            return column.getOrDefault(name, -1);
        }
    }
}
