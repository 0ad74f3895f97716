package org.misibench.chemistry.hbond;

import org.misibench.structure.Atom;

/**
 * One hydrogen bond between the pocket and the ligand, as ChimeraX's {@code hbonds} would report it.
 *
 * @param donor         the donor heavy atom
 * @param acceptor      the acceptor atom
 * @param donorInLigand true when the donor is the ligand's atom (the acceptor is then the pocket's)
 * @param distance      donor–acceptor distance, Å
 * @param angle         D–H···A angle in degrees for the explicit or inferred H closest to the acceptor;
 *                      NaN when the donor has no H positions (hydroxyl, amine or water without explicit H)
 * @param criterion     the donor and acceptor classes that matched, e.g.
 *                      {@code "D13 secondary amide N-H / A6 amide O"}
 */
public record HBond(Atom donor, Atom acceptor, boolean donorInLigand, double distance, double angle, String criterion) {

    /** The end of the bond that belongs to the pocket. */
    public Atom pocketAtom() {
        return donorInLigand ? acceptor : donor;
    }

    /** The end of the bond that belongs to the ligand. */
    public Atom ligandAtom() {
        return donorInLigand ? donor : acceptor;
    }

    @Override
    public String toString() {
        return String.format("%s -> %s %.2f A %s", donor, acceptor, distance, criterion);
    }
}
