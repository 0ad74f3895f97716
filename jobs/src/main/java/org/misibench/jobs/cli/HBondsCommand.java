package org.misibench.jobs.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.misibench.chemistry.hbond.CriteriaProfile;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.chemistry.hbond.HBondFinder;
import org.misibench.complex.PreparedComplex;
import org.misibench.task.BondAnswers;
import org.misibench.source.SourceException;
import org.misibench.structure.Atom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Mixin
    ComplexArguments complex;

    @Option(names = "--tsv", description = "Tab-separated columns with a header: the bond, donor side, distance, angle, criterion.")
    boolean tsv;

    @Override
    public Integer call() {
        try {
            PreparedComplex prepared = this.complex.prepare();
            CriteriaProfile profile = CriteriaProfile.CHIMERAX_RELAXED;
            List<HBond> bonds = HBondFinder.find(prepared, profile);
            if (tsv) {
                System.out.println("residue\tnumber\tatom\tchain\tligand_atom\tdonor\tdistance\tangle\tcriterion");
            }
            for (HBond b : bonds) {
                System.out.println(tsv ? tsvLine(b) : BondAnswers.pocketLevel(b));
            }
            System.err.printf("hbonds: %s, ligand %s: %d hydrogen bond%s (%s v%s)%n", prepared.id(), prepared.ligandRef(),
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

    private static String tsvLine(HBond b) {
        Atom protein = b.pocketAtom();
        Atom ligandAtom = b.ligandAtom();
        return String.join("\t", protein.residue().name(), protein.residue().numberText(), protein.name(), protein.residue().chain(),
                ligandAtom.name(), b.donorInLigand() ? "ligand" : "pocket", String.format(Locale.ROOT, "%.3f", b.distance()),
                Double.isNaN(b.angle()) ? "" : String.format(Locale.ROOT, "%.1f", b.angle()), b.criterion());
    }
}
