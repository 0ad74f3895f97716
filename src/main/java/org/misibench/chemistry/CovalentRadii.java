package org.misibench.chemistry;

import java.util.Map;
import org.misibench.structure.Element;
import org.openscience.cdk.config.Elements;

/**
 * Covalent bond radii for connecting atoms by distance. The Meng &amp; Lewis values ChimeraX uses
 * (spec §1.12) where the spec lists them; CDK's (Blue Obelisk) values for other elements, which
 * only matter for rare elements in hetero groups.
 */
public final class CovalentRadii {

    private static final Map<String, Double> CHIMERAX = Map.ofEntries(
            Map.entry("H", 0.23), Map.entry("C", 0.68), Map.entry("N", 0.68), Map.entry("O", 0.68),
            Map.entry("F", 0.64), Map.entry("P", 1.05), Map.entry("S", 1.02), Map.entry("Cl", 0.99),
            Map.entry("Br", 1.21), Map.entry("I", 1.40), Map.entry("Se", 1.22), Map.entry("Zn", 1.45),
            Map.entry("Mg", 1.10), Map.entry("Ca", 0.99), Map.entry("Fe", 1.34));

    /** Slack added to the sum of two radii when bonding by distance. */
    public static final double BOND_TOLERANCE = 0.4;

    private CovalentRadii() {
    }

    public static double of(Element e) {
        Double r = CHIMERAX.get(e.symbol());
        if (r != null) {
            return r;
        }
        Double cdk = Elements.ofNumber(e.atomicNumber()).covalentRadius();
        return cdk == null ? 1.5 : cdk;
    }

    /** The longest distance at which {@code a} and {@code b} count as bonded. */
    public static double bondCutoff(Element a, Element b) {
        return of(a) + of(b) + BOND_TOLERANCE;
    }
}
