package org.misibench.chemistry.hbond;

/**
 * The H-bond criteria a result was computed with, recorded beside every result so that a finding can
 * be traced to the exact rules. ChimeraX's {@code hbonds} command relaxes the Mills &amp; Dean
 * criteria by default (spec §1.1, §1.3): every distance of a parameter tuple grows by
 * {@link #distSlop()}, every minimum angle drops and every maximum angle rises by
 * {@link #angleSlop()}.
 *
 * @param name      a stable name for the profile
 * @param version   bumped whenever the rules change in a way that changes results
 * @param distSlop  Å added to every tuple distance
 * @param angleSlop degrees by which every tuple angle is relaxed
 */
public record CriteriaProfile(String name, String version, double distSlop, double angleSlop) {

    /** ChimeraX's command defaults: {@code relax true}, 0.4 Å and 20°. */
    public static final CriteriaProfile CHIMERAX_RELAXED = new CriteriaProfile("chimerax-hbonds-relaxed", "1", 0.4, 20);

    /**
     * One number of a parameter tuple rewritten as ChimeraX does (spec §1.3), keeping its encoding:
     * a value in (0, 7.5) is a distance and gains the distance slop; a value of at least 7.5 is a
     * minimum angle and loses the angle slop (not below 0); a negative value encodes a maximum angle
     * |v| and becomes v − slop, not below −180. NaN stands for "not applicable" and stays NaN.
     */
    public double relax(double v) {
        if (Double.isNaN(v)) {
            return v;
        }
        if (v > 0 && v < 7.5) {
            return v + distSlop;
        }
        if (v < 0) {
            return Math.max(-180, v - angleSlop);
        }
        return Math.max(0, v - angleSlop);
    }

    /** Every number of a tuple relaxed by {@link #relax(double)}. */
    public double[] relax(double... tuple) {
        double[] out = new double[tuple.length];
        for (int i = 0; i < tuple.length; i++) {
            out[i] = relax(tuple[i]);
        }
        return out;
    }
}
