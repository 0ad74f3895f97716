package org.misibench.jobs.hbonds;

import java.io.Serializable;
import java.util.Locale;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.structure.Atom;
import org.misibench.task.BondAnswers;

/**
 * One hydrogen bond as the item page lists it.
 *
 * @param residue       the pocket residue, {@code THR 59 A}
 * @param donor         the donor atom with its residue, {@code THR 59 OG1} or {@code FMN 150 O2'}
 * @param acceptor      the acceptor atom, written the same way
 * @param donorInLigand whether the ligand donates
 * @param distance      donor–acceptor distance, Å
 * @param angle         D–H···A angle, degrees; NaN where the finder placed no H (rotatable donors)
 * @param criterion     the donor and acceptor classes that matched
 * @param answerText    the bond as T8 and T9 answers write it, {@code THR 59 O A, O2'}
 */
public record BondRow(String residue, String donor, String acceptor, boolean donorInLigand, double distance,
                      double angle, String criterion, String answerText) implements Serializable {

    public static BondRow of(HBond bond) {
        return new BondRow(bond.pocketAtom().residue().toString(), atom(bond.donor()), atom(bond.acceptor()),
                bond.donorInLigand(), bond.distance(), bond.angle(), bond.criterion(), BondAnswers.pocketLevel(bond));
    }

    /** The distance to 0.01 Å, as {@code ./misi hbonds --tsv} rounds it to 0.001. */
    public String distanceText() {
        return String.format(Locale.ROOT, "%.2f", distance);
    }

    /** The angle to 0.1°, or empty where no H was placed. */
    public String angleText() {
        return Double.isNaN(angle) ? "" : String.format(Locale.ROOT, "%.1f", angle);
    }

    /** {@code pocket} or {@code ligand}: which side donates. */
    public String donorSide() {
        return donorInLigand ? "ligand" : "pocket";
    }

    private static String atom(Atom atom) {
        return atom.residue().label() + " " + atom.name();
    }
}
