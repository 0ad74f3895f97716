package org.misibench.structure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.misibench.geometry.Vec3;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemFile;
import org.openscience.cdk.interfaces.IPDBAtom;
import org.openscience.cdk.io.PDBReader;
import org.openscience.cdk.silent.ChemFile;

/**
 * Reads PDB files with CDK's {@link PDBReader}: the first model, ATOM and HETATM records with
 * their names, residues, chains, insertion codes and occupancies, CONECT bonds, and one
 * alternate location per atom (the highest occupancy; the first listed on a tie).
 *
 * <p>Before CDK parses the text, every ATOM/HETATM line is checked to reach its coordinates, so a
 * truncated file is reported with its line number instead of being read partly.
 */
final class PdbReader {

    /** ATOM/HETATM records carry z in columns 47–54. */
    private static final int COORDINATES_END = 54;

    private PdbReader() {
    }

    static Structure read(StructureText text) throws SourceException {
        int records = checkRecords(text);
        IAtomContainer container = parse(text);
        if (container.getAtomCount() != records) {
            // CDK drops records it cannot interpret; a structure with silently missing atoms is worse than none
            throw new SourceException(text.location(), Problem.MALFORMED,
                    "only " + container.getAtomCount() + " of the " + records + " atom records of the first model could be read");
        }
        List<Atom> all = new ArrayList<>(container.getAtomCount());
        Map<IAtom, Integer> readIndex = new IdentityHashMap<>();
        for (IAtom a : container.atoms()) {
            readIndex.put(a, all.size());
            all.add(toAtom(text, (IPDBAtom) a));
        }
        List<Integer> kept = AltLocs.keepOne(all);
        int[] keptIndex = new int[all.size()];
        java.util.Arrays.fill(keptIndex, -1);
        List<Atom> atoms = new ArrayList<>(kept.size());
        for (int i : kept) {
            keptIndex[i] = atoms.size();
            atoms.add(all.get(i));
        }
        List<Bond> bonds = new ArrayList<>();
        for (IBond b : container.bonds()) {
            int first = keptIndex[readIndex.get(b.getBegin())];
            int second = keptIndex[readIndex.get(b.getEnd())];
            if (first >= 0 && second >= 0 && first != second) {
                bonds.add(new Bond(first, second, 0)); // CONECT records state connections, not orders
            }
        }
        if (atoms.isEmpty()) {
            throw new SourceException(text.location(), Problem.NO_ATOMS, "no ATOM or HETATM records");
        }
        return new Structure(text.location(), atoms, bonds);
    }

    /**
     * Checks every ATOM/HETATM record of the first model reaches its coordinates and names a real
     * element (columns 77–78, when present), and returns how many there are.
     */
    private static int checkRecords(StructureText text) throws SourceException {
        List<String> lines = text.lines();
        int records = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("ENDMDL")) {
                break;
            }
            if (!line.startsWith("ATOM") && !line.startsWith("HETATM")) {
                continue;
            }
            if (line.stripTrailing().length() < COORDINATES_END) {
                throw new SourceException(text.location(), Problem.TRUNCATED,
                        "line " + (i + 1) + ": " + line.substring(0, Math.min(6, line.length())).trim()
                                + " record ends before its coordinates");
            }
            String element = line.length() >= 78 ? line.substring(76, 78).trim() : "";
            if (!element.isEmpty() && Element.of(element).isEmpty()) {
                throw new SourceException(text.location(), Problem.UNKNOWN_ELEMENT,
                        "line " + (i + 1) + ": unknown element '" + element + "'");
            }
            records++;
        }
        if (records == 0) {
            throw new SourceException(text.location(), Problem.NO_ATOMS, "no ATOM or HETATM records");
        }
        return records;
    }

    private static IAtomContainer parse(StructureText text) throws SourceException {
        try (PDBReader reader = new PDBReader(new StringReader(text.text()))) {
            IChemFile file = reader.read(new ChemFile());
            if (file.getChemSequenceCount() == 0 || file.getChemSequence(0).getChemModelCount() == 0
                    || file.getChemSequence(0).getChemModel(0).getMoleculeSet() == null
                    || file.getChemSequence(0).getChemModel(0).getMoleculeSet().getAtomContainerCount() == 0) {
                throw new SourceException(text.location(), Problem.NO_ATOMS, "no ATOM or HETATM records");
            }
            return file.getChemSequence(0).getChemModel(0).getMoleculeSet().getAtomContainer(0);
        } catch (CDKException | RuntimeException | java.io.IOException e) {
            throw new SourceException(text.location(), Problem.MALFORMED, "not a readable PDB file: " + e.getMessage(), e);
        }
    }

    private static double occupancy(IPDBAtom p) {
        return p.getOccupancy() == null ? 1.0 : p.getOccupancy();
    }

    private static Atom toAtom(StructureText text, IPDBAtom p) throws SourceException {
        String symbol = p.getSymbol();
        Element element = Element.of(symbol).orElseThrow(() -> new SourceException(text.location(),
                Problem.UNKNOWN_ELEMENT, "atom " + p.getSerial() + " (" + p.getName() + " " + p.getResName() + " "
                        + p.getResSeq() + ") has unknown element '" + symbol + "'"));
        String icode = p.getICode();
        ResidueId residue = new ResidueId(p.getChainID() == null ? "" : p.getChainID().trim(),
                parseResidueNumber(text, p), icode == null || icode.isBlank() ? ' ' : icode.charAt(0),
                p.getResName() == null ? "UNK" : p.getResName().trim());
        String alt = p.getAltLoc();
        return new Atom(p.getSerial() == null ? 0 : p.getSerial(), p.getName().trim(), element, residue,
                alt == null || alt.isBlank() ? ' ' : alt.charAt(0), occupancy(p), Boolean.TRUE.equals(p.getHetAtom()),
                new Vec3(p.getPoint3d().x, p.getPoint3d().y, p.getPoint3d().z));
    }

    private static int parseResidueNumber(StructureText text, IPDBAtom p) throws SourceException {
        try {
            return Integer.parseInt(p.getResSeq().trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new SourceException(text.location(), Problem.MALFORMED,
                    "atom " + p.getSerial() + " has no residue number ('" + p.getResSeq() + "')");
        }
    }
}
