package org.misibench.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.misibench.chemistry.hbond.CriteriaProfile;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.chemistry.hbond.HBondFinder;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.LigandRef;
import org.misibench.complex.PreparedComplex;
import org.misibench.source.ComplexSource;
import org.misibench.source.ComplexSourceScanner;
import org.misibench.source.InputLayout;
import org.misibench.source.PathSourceFile;
import org.misibench.source.SourceException;
import org.misibench.structure.Atom;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code misi hbonds}: the pocket–ligand hydrogen bonds of one complex, as ChimeraX's {@code hbonds}
 * with its default relaxed criteria finds them, one per line in the release format
 * {@code RES NUM ATOM CHAIN, LIGATOM} (protein side first, whichever side donates).
 */
@Command(name = "hbonds", mixinStandardHelpOptions = true,
        description = {"Print the pocket-ligand hydrogen bonds of a complex.",
                "PATH is a PDB entry (ligand chosen automatically or by --ligand-id), a protein file whose",
                "ligand is --ligand, or a PDBbind-style folder. Exit code 2 with a one-line reason on bad input."})
final class HBondsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "PDB entry, protein file, or PDBbind-style folder.")
    Path path;

    @ArgGroup(exclusive = true)
    LigandChoice ligand;

    static final class LigandChoice {
        @Option(names = "--ligand", paramLabel = "FILE", description = "The ligand file (SDF or MOL2) for a protein file.")
        Path file;

        @Option(names = "--ligand-id", paramLabel = "CCD:CHAIN:RESNUM", description = "The ligand of a PDB entry, e.g. FMN:A:150.")
        String id;
    }

    @Option(names = "--tsv", description = "Tab-separated columns with a header: the bond, donor side, distance, angle, criterion.")
    boolean tsv;

    @Override
    public Integer call() {
        try {
            Optional<LigandRef> ref = ligand == null || ligand.id == null ? Optional.empty() : Optional.of(LigandRef.parse(ligand.id));
            PreparedComplex complex = ComplexPreparer.prepare(source(), ref);
            CriteriaProfile profile = CriteriaProfile.CHIMERAX_RELAXED;
            List<HBond> bonds = HBondFinder.find(complex, profile);
            if (tsv) {
                System.out.println("residue\tnumber\tatom\tchain\tligand_atom\tdonor\tdistance\tangle\tcriterion");
            }
            for (HBond b : bonds) {
                System.out.println(tsv ? tsvLine(b) : releaseFormat(b));
            }
            System.err.printf("hbonds: %s, ligand %s: %d hydrogen bond%s (%s v%s)%n", complex.id(), complex.ligandRef(),
                    bonds.size(), bonds.size() == 1 ? "" : "s", profile.name(), profile.version());
            return 0;
        } catch (SourceException e) {
            System.err.println("hbonds: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("hbonds: " + e.getMessage());
            return 2;
        }
    }

    private ComplexSource source() throws SourceException {
        if (ligand != null && ligand.file != null) {
            if (!Files.isRegularFile(path)) {
                throw new SourceException(path.toString(), org.misibench.source.Problem.NOT_FOUND, "no such protein file");
            }
            if (!Files.isRegularFile(ligand.file)) {
                throw new SourceException(ligand.file.toString(), org.misibench.source.Problem.NOT_FOUND, "no such ligand file");
            }
            String id = path.getFileName().toString().replaceAll("(?i)(_protein|_pocket)?\\.pdb(\\.gz)?$", "");
            return new ComplexSource(id, InputLayout.PROTEIN_AND_LIGAND_FILES,
                    List.of(new PathSourceFile(path), new PathSourceFile(ligand.file)), "");
        }
        List<ComplexSource> found = ComplexSourceScanner.scan(path);
        if (found.size() != 1) {
            throw new SourceException(path.toString(), org.misibench.source.Problem.NO_COMPLEXES,
                    "holds " + found.size() + " complexes; name one complex's folder or file");
        }
        return found.get(0);
    }

    private static String releaseFormat(HBond b) {
        Atom protein = b.donorInLigand() ? b.acceptor() : b.donor();
        Atom ligandAtom = b.donorInLigand() ? b.donor() : b.acceptor();
        return protein.residue().name() + " " + number(protein) + " " + protein.name() + " " + protein.residue().chain()
                + ", " + ligandAtom.name();
    }

    private static String tsvLine(HBond b) {
        Atom protein = b.donorInLigand() ? b.acceptor() : b.donor();
        Atom ligandAtom = b.donorInLigand() ? b.donor() : b.acceptor();
        return String.join("\t", protein.residue().name(), number(protein), protein.name(), protein.residue().chain(),
                ligandAtom.name(), b.donorInLigand() ? "ligand" : "pocket", String.format(Locale.ROOT, "%.3f", b.distance()),
                Double.isNaN(b.angle()) ? "" : String.format(Locale.ROOT, "%.1f", b.angle()), b.criterion());
    }

    private static String number(Atom a) {
        char icode = a.residue().insertionCode();
        return a.residue().number() + (icode == ' ' ? "" : String.valueOf(icode));
    }
}
