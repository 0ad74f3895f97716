package org.misibench.chemistry.idatm;

import java.util.Map;
import java.util.Optional;

/**
 * The IDATM type table (spec §1.11): geometry and substituent count of each type. Types outside
 * it (element-only types such as {@code S}, {@code P}, {@code Cl}, metals) are "unknown" to the
 * H-bond finder.
 */
public final class IdatmTable {

    /** Geometry and number of substituents of one type. */
    public record Entry(Geometry geometry, int substituents) {
    }

    private static final Map<String, Entry> TABLE = Map.ofEntries(
            e("C3", Geometry.TETRAHEDRAL, 4), e("C2", Geometry.PLANAR, 3), e("Car", Geometry.PLANAR, 3),
            e("Cac", Geometry.PLANAR, 3), e("C1", Geometry.LINEAR, 2), e("C1-", Geometry.LINEAR, 1),
            e("N3+", Geometry.TETRAHEDRAL, 4), e("N3", Geometry.TETRAHEDRAL, 3), e("Npl", Geometry.PLANAR, 3),
            e("N2+", Geometry.PLANAR, 3), e("N2", Geometry.PLANAR, 2), e("Ng+", Geometry.PLANAR, 3),
            e("Ntr", Geometry.PLANAR, 3), e("N1+", Geometry.LINEAR, 2), e("N1", Geometry.LINEAR, 1),
            e("O3", Geometry.TETRAHEDRAL, 2), e("O3-", Geometry.TETRAHEDRAL, 1), e("O2", Geometry.PLANAR, 1),
            e("O2-", Geometry.PLANAR, 1), e("Oar", Geometry.PLANAR, 2), e("Oar+", Geometry.PLANAR, 2),
            e("O1", Geometry.LINEAR, 1), e("O1+", Geometry.LINEAR, 1),
            e("S3+", Geometry.TETRAHEDRAL, 3), e("S3", Geometry.TETRAHEDRAL, 2), e("S3-", Geometry.TETRAHEDRAL, 1),
            e("S2", Geometry.PLANAR, 1), e("Sar", Geometry.PLANAR, 2), e("Sac", Geometry.TETRAHEDRAL, 4),
            e("Son", Geometry.TETRAHEDRAL, 4), e("Sxd", Geometry.TETRAHEDRAL, 3),
            e("Pac", Geometry.TETRAHEDRAL, 4), e("Pox", Geometry.TETRAHEDRAL, 4), e("P3+", Geometry.TETRAHEDRAL, 4),
            e("H", Geometry.SINGLE, 1), e("HC", Geometry.SINGLE, 1), e("D", Geometry.SINGLE, 1), e("DC", Geometry.SINGLE, 1));

    private IdatmTable() {
    }

    private static Map.Entry<String, Entry> e(String type, Geometry g, int subs) {
        return Map.entry(type, new Entry(g, subs));
    }

    public static Optional<Entry> of(String type) {
        return Optional.ofNullable(TABLE.get(type));
    }

    public static boolean isKnown(String type) {
        return TABLE.containsKey(type);
    }

    /** The type's geometry, or empty for unknown types. */
    public static Optional<Geometry> geometry(String type) {
        return of(type).map(Entry::geometry);
    }

    public static boolean isPlanar(String type) {
        return geometry(type).orElse(null) == Geometry.PLANAR;
    }

    public static boolean isTetrahedral(String type) {
        return geometry(type).orElse(null) == Geometry.TETRAHEDRAL;
    }

    /** Substituent count, 0 for unknown types (as the H-bond finder counts them). */
    public static int substituents(String type) {
        return of(type).map(Entry::substituents).orElse(0);
    }
}
