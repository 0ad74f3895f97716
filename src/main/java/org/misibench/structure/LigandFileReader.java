package org.misibench.structure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.misibench.geometry.Vec3;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.IChemObjectReader;
import org.openscience.cdk.io.ISimpleChemObjectReader;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.Mol2Reader;
import org.openscience.cdk.silent.AtomContainer;

/**
 * Reads a ligand from an SDF/MOL file (first record, CDK's {@link MDLV2000Reader} in strict
 * mode) or a MOL2 file (CDK's {@link Mol2Reader}). The whole molecule becomes one residue.
 *
 * <p>SDF atoms have no names. They are named element + running number per element
 * ({@code C1, C2, …, O1}) in file order (Decision: stable and short, like names in PDB ligands).
 * The residue comes from a PoseBusters-style title {@code <PDB>_<CCD>_<chain>_<resnum>} when the
 * title has that shape, else {@code UNL}. MOL2 keeps its atom names and substructure name.
 */
final class LigandFileReader {

    private static final Pattern POSEBUSTERS_TITLE = Pattern.compile("\\w{4}_(\\w{1,3})_(\\w{1,4})_(-?\\d+)");

    private LigandFileReader() {
    }

    static Structure readSdf(StructureText text) throws SourceException {
        int declared = declaredAtomCount(text);
        IAtomContainer molecule = parse(text, new MDLV2000Reader(new StringReader(text.text()), IChemObjectReader.Mode.STRICT));
        if (molecule.getAtomCount() != declared) {
            throw new SourceException(text.location(), Problem.MALFORMED,
                    "the counts line declares " + declared + " atoms, " + molecule.getAtomCount() + " could be read");
        }
        String title = molecule.getTitle() == null ? "" : molecule.getTitle().trim();
        Matcher m = POSEBUSTERS_TITLE.matcher(title);
        ResidueId residue = m.matches()
                ? new ResidueId(m.group(2), Integer.parseInt(m.group(3)), ' ', m.group(1))
                : new ResidueId("", 1, ' ', "UNL");
        Map<String, Integer> perElement = new HashMap<>();
        return convert(text, molecule, residue, a -> {
            int n = perElement.merge(a.getSymbol(), 1, Integer::sum);
            return a.getSymbol() + n;
        });
    }

    static Structure readMol2(StructureText text) throws SourceException {
        IAtomContainer molecule = parse(text, new Mol2Reader(new StringReader(text.text())));
        String name = molecule.getTitle() == null || molecule.getTitle().isBlank() ? "UNL" : molecule.getTitle().trim();
        ResidueId residue = new ResidueId("", 1, ' ', name.length() <= 3 ? name : "UNL");
        return convert(text, molecule, residue, a -> a.getID() != null && !a.getID().isBlank() ? a.getID().trim() : a.getSymbol());
    }

    /** The atom count of a V2000 counts line (line 4), checked before CDK, which tolerates a broken one. */
    private static int declaredAtomCount(StructureText text) throws SourceException {
        List<String> lines = text.lines();
        if (lines.size() < 4) {
            throw new SourceException(text.location(), Problem.TRUNCATED, "ends before the counts line (line 4)");
        }
        String counts = lines.get(3);
        if (counts.contains("V3000")) {
            throw new SourceException(text.location(), Problem.UNSUPPORTED_FORMAT, "V3000 molfiles are not supported; save as V2000");
        }
        try {
            int atoms = Integer.parseInt(counts.substring(0, Math.min(3, counts.length())).trim());
            Integer.parseInt(counts.substring(3, Math.min(6, counts.length())).trim());
            if (atoms <= 0) {
                throw new SourceException(text.location(), Problem.NO_ATOMS, "the counts line declares no atoms");
            }
            return atoms;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new SourceException(text.location(), Problem.MALFORMED, "broken counts line (line 4): '" + counts.strip() + "'");
        }
    }

    private static IAtomContainer parse(StructureText text, ISimpleChemObjectReader reader) throws SourceException {
        try (reader) {
            IAtomContainer molecule = reader.read(new AtomContainer());
            if (molecule == null || molecule.getAtomCount() == 0) {
                throw new SourceException(text.location(), Problem.NO_ATOMS, "no atoms in the first record");
            }
            return molecule;
        } catch (CDKException | RuntimeException | java.io.IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SourceException(text.location(), Problem.MALFORMED, "not a readable molecule: " + reason, e);
        }
    }

    private interface Namer {
        String name(IAtom atom);
    }

    private static Structure convert(StructureText text, IAtomContainer molecule, ResidueId residue, Namer namer)
            throws SourceException {
        Map<IAtom, Integer> index = new IdentityHashMap<>();
        List<Atom> atoms = new ArrayList<>();
        for (IAtom a : molecule.atoms()) {
            Element element = Element.of(a.getSymbol()).orElseThrow(() -> new SourceException(text.location(),
                    Problem.UNKNOWN_ELEMENT, "atom " + (index.size() + 1) + " has unknown element '" + a.getSymbol() + "'"));
            if (a.getPoint3d() == null) {
                throw new SourceException(text.location(), Problem.MALFORMED,
                        "atom " + (index.size() + 1) + " has no 3D coordinates");
            }
            index.put(a, atoms.size());
            atoms.add(new Atom(atoms.size() + 1, namer.name(a), element, residue, ' ', 1.0, true,
                    new Vec3(a.getPoint3d().x, a.getPoint3d().y, a.getPoint3d().z)));
        }
        List<Bond> bonds = new ArrayList<>();
        for (IBond b : molecule.bonds()) {
            int order = b.isAromatic() ? 4 : b.getOrder() == null ? 0 : b.getOrder().numeric();
            bonds.add(new Bond(index.get(b.getBegin()), index.get(b.getEnd()), order));
        }
        return new Structure(text.location(), atoms, bonds);
    }
}
