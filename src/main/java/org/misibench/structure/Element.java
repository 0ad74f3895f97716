package org.misibench.structure;

import java.util.Locale;
import java.util.Optional;
import org.openscience.cdk.config.Elements;

/**
 * A chemical element, validated against the periodic table CDK carries.
 *
 * @param symbol       the symbol in standard case, e.g. {@code Cl}
 * @param atomicNumber 1 for H, 6 for C …
 */
public record Element(String symbol, int atomicNumber) {

    public static final Element H = new Element("H", 1);
    public static final Element C = new Element("C", 6);
    public static final Element N = new Element("N", 7);
    public static final Element O = new Element("O", 8);
    public static final Element S = new Element("S", 16);

    /** The element for a symbol in any case ({@code CL}, {@code cl}, {@code Cl}); deuterium counts as H. */
    public static Optional<Element> of(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        String s = symbol.trim();
        String normal = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
        if (normal.equals("D")) {
            return Optional.of(H);
        }
        Elements e = Elements.ofString(normal);
        if (e == Elements.Unknown || e.number() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Element(e.symbol(), e.number()));
    }

    public boolean isHydrogen() {
        return atomicNumber == 1;
    }

    /** Metals as ChimeraX counts them ({@code Element::is_metal}): for the H-bond metal veto. */
    public boolean isMetal() {
        int z = atomicNumber;
        return (z >= 3 && z <= 4) || (z >= 11 && z <= 13) || (z >= 19 && z <= 32) || (z >= 37 && z <= 51)
                || (z >= 55 && z <= 84) || (z >= 87 && z <= 103);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
