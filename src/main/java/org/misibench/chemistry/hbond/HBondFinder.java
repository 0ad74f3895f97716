package org.misibench.chemistry.hbond;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;

/**
 * Finds the hydrogen bonds between a complex's pocket and its ligand as UCSF ChimeraX's {@code hbonds}
 * command would with the pocket and the ligand opened as two models (spec §1): each model is connected,
 * typed and classified on its own; every donor of one model is tested against every acceptor of the
 * other (acceptor-side test, donor-side test, metal veto); both directions are reported.
 */
public final class HBondFinder {

    /**
     * Pairs farther apart than this cannot pass any acceptor test (the largest reach is an S2 acceptor with
     * a sulfur donor, 3.83 + 0.4 + 0.35 Å), so skipping them changes nothing (geometry notes §5).
     */
    private static final double SEARCH_RADIUS = 6.0;

    /** An acceptor–metal–donor angle below this vetoes the bond (not relaxed). */
    private static final double METAL_CONFLICT_ANGLE = 45.0;

    private HBondFinder() {
    }

    /** The pocket–ligand H-bonds of {@code complex} under {@code profile}, in a deterministic order. */
    public static List<HBond> find(PreparedComplex complex, CriteriaProfile profile) {
        Side pocket = Side.of(TypedModel.pocket(complex.pocket()), profile);
        Side ligand = Side.of(TypedModel.of(complex.ligand()), profile);
        List<HBond> bonds = new ArrayList<>();
        bonds.addAll(between(pocket, ligand, false));
        bonds.addAll(between(ligand, pocket, true));
        bonds.sort(ORDER);
        return List.copyOf(bonds);
    }

    /** {@link #find} with the profile and the complex recorded beside the bonds. */
    public static HBondReport report(PreparedComplex complex, CriteriaProfile profile) {
        return new HBondReport(complex.id(), profile, find(complex, profile));
    }

    /** One model with its classified donors and acceptors. */
    private record Side(TypedModel model, List<DonorSite> donors, List<AcceptorSite> acceptors) {
        static Side of(TypedModel m, CriteriaProfile profile) {
            List<AcceptorSite> acceptors = AcceptorClassifier.classify(m, profile);
            Set<Integer> nearMetal = new HashSet<>();
            for (AcceptorSite a : acceptors) {
                if (!m.metalsNear(a.atom()).isEmpty()) {
                    nearMetal.add(a.atom());
                }
            }
            return new Side(m, DonorClassifier.classify(m, profile, nearMetal), acceptors);
        }
    }

    private static List<HBond> between(Side donors, Side acceptors, boolean donorInLigand) {
        List<HBond> out = new ArrayList<>();
        TypedModel dm = donors.model();
        TypedModel am = acceptors.model();
        for (DonorSite d : donors.donors()) {
            Vec3 dp = dm.pos(d.atom());
            List<Vec3> hyds = HydrogenPositions.of(dm, d.atom());
            boolean sulfurDonor = dm.element(d.atom()) == 16;
            for (AcceptorSite a : acceptors.acceptors()) {
                Vec3 ap = am.pos(a.atom());
                if (dp.distance(ap) > SEARCH_RADIUS) {
                    continue;
                }
                try {
                    if (!a.test().passes(am, a.atom(), dp, hyds, sulfurDonor)
                            || !d.test().passes(dm, d.atom(), hyds, am, a.atom())) {
                        continue;
                    }
                } catch (PairSkipped skipped) {
                    continue;
                }
                if (metalConflict(am, a.atom(), dp)) {
                    continue;
                }
                out.add(new HBond(dm.atom(d.atom()), am.atom(a.atom()), donorInLigand, dp.distance(ap),
                        closestHydrogenAngle(dp, hyds, ap), d.label() + " / " + a.label()));
            }
        }
        return out;
    }

    /** True when a metal near the acceptor lies within 45° of the donor direction, as seen from the acceptor. */
    private static boolean metalConflict(TypedModel am, int acceptor, Vec3 donor) {
        Vec3 ap = am.pos(acceptor);
        for (Vec3 metal : am.metalsNear(acceptor)) {
            if (Vec3.angle(donor, ap, metal) < METAL_CONFLICT_ANGLE) {
                return true;
            }
        }
        return false;
    }

    /** The D–H···A angle for the H position nearest the acceptor, NaN when there is none. */
    private static double closestHydrogenAngle(Vec3 donor, List<Vec3> hyds, Vec3 acceptor) {
        Vec3 best = null;
        for (Vec3 h : hyds) {
            if (best == null || h.distanceSquared(acceptor) < best.distanceSquared(acceptor)) {
                best = h;
            }
        }
        return best == null ? Double.NaN : Vec3.angle(donor, best, acceptor);
    }

    /** Pocket residue (chain, number, insertion code), pocket atom name, ligand atom name, donor side. */
    private static final Comparator<HBond> ORDER = Comparator
            .comparing((HBond b) -> b.pocketAtom().residue())
            .thenComparing(b -> b.pocketAtom().name())
            .thenComparing(b -> b.ligandAtom().name())
            .thenComparing(HBond::donorInLigand);
}
