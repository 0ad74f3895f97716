package org.misibench.chemistry.hbond;

import java.util.ArrayList;
import java.util.List;
import org.misibench.chemistry.idatm.Geometry;

/**
 * Acceptors for atoms no explicit class claimed (spec §1.6): the test follows the IDATM type, and for
 * charged or carbonyl-like oxygens the geometry of the first neighbour.
 */
final class GenericAcceptors {

    private GenericAcceptors() {
    }

    /** The generic acceptor site of atom {@code a}, or null when it is not an acceptor. */
    static AcceptorSite of(TypedModel m, int a, CriteriaProfile p) {
        if (m.atom(a).element().isMetal()) {
            return null;
        }
        String t = m.type(a);
        int z = m.element(a);
        int[] nb = m.neighbours(a);
        String label = "generic " + t;
        switch (t) {
            case "O2-", "O3-", "O2" -> {
                if (nb.length == 0) {
                    return null;
                }
                Geometry g = m.geometry(nb[0]).orElse(Geometry.SINGLE);
                boolean charged = !t.equals("O2");
                if (g == Geometry.PLANAR) {
                    return charged ? site(a, label, phiPsi(m, a, p, 3.53, 90, 130)) : site(a, label, phiPsi(m, a, p, 3.30, 110, 130));
                }
                if (g == Geometry.TETRAHEDRAL && !charged) {
                    return site(a, label, thetaTau(m, a, p, 3.03, 100, -180, 145));
                }
                return site(a, label, generic(p, 3.53, 90));
            }
            case "O3" -> {
                return switch (nb.length) {
                    case 0 -> site(a, label, generic(p, 3.53, 90));
                    case 1 -> site(a, label, thetaTau(m, a, p, 3.17, 100, -161, 145));
                    case 2 -> site(a, label, phiPsi(m, a, p, 3.42, 120, 135));
                    default -> null;
                };
            }
            case "N2" -> {
                return site(a, label, phiPsi(m, a, p, 3.42, 140, 135));
            }
            case "N3" -> {
                int heavy = m.heavyNeighbours(a).size();
                if (heavy == 0) {
                    return site(a, label, generic(p, 3.42, 90));
                }
                return heavy == 1 ? site(a, label, thetaTau(m, a, p, 3.13, 98, -180, 150))
                        : site(a, label, thetaTau(m, a, p, 3.30, 153, -180, 145));
            }
            case "N1" -> {
                return site(a, label, thetaTau(m, a, p, 3.40, 136, -180, 145));
            }
            case "S2" -> {
                return site(a, label, phiPsi(m, a, p, 3.83, 85, 140));
            }
            case "Sar", "S3-" -> {
                return site(a, label, generic(p, 3.83, 85));
            }
            default -> {
                return z == 8 ? site(a, label, generic(p, 3.53, 90)) : null;
            }
        }
    }

    private static AcceptorSite site(int a, String label, AcceptorTest test) {
        return new AcceptorSite(a, label, test);
    }

    private static AcceptorTest generic(CriteriaProfile p, double r, double minAngle) {
        double[] x = p.relax(r, minAngle);
        return new AcceptorTest.Generic(x[0], x[1]);
    }

    /** Phi/psi about the atom's first two neighbours. */
    private static AcceptorTest phiPsi(TypedModel m, int a, CriteriaProfile p, double r, double phi, double theta) {
        List<Integer> bonded = new ArrayList<>();
        for (int n : m.neighbours(a)) {
            if (bonded.size() < 2) {
                bonded.add(n);
            }
        }
        double[] x = p.relax(r, phi, theta);
        return new AcceptorTest.PhiPsi(bonded, x[0], x[1], x[2]);
    }

    /** Theta/tau about the only neighbour, or about the lone pairs when there are several. */
    private static AcceptorTest thetaTau(TypedModel m, int a, CriteriaProfile p, double r, double lo, double hi, double theta) {
        int[] nb = m.neighbours(a);
        Integer partner = nb.length == 1 ? nb[0] : null;
        double[] x = p.relax(r, lo, hi, theta);
        return new AcceptorTest.ThetaTau(partner, x[0], x[1], x[2], x[3], Double.NaN, 0);
    }
}
