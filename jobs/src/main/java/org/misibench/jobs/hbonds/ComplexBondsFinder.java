package org.misibench.jobs.hbonds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.misibench.chemistry.hbond.CriteriaProfile;
import org.misibench.chemistry.hbond.HBondFinder;
import org.misibench.complex.ComplexPreparer;
import org.misibench.generation.ComplexItemGenerator;
import org.misibench.jobs.store.PreparedSource;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceException;
import org.misibench.source.SourceSummary;

/**
 * Finds a prepared complex's H-bonds again from its source files, as the generate step found them
 * (same preparation, same ligand, {@link ComplexItemGenerator#CRITERIA}). The files are hashed on
 * every call, because that check is the point: the bonds themselves are cached by that hash (and
 * the ligand), so a file changed on disk is always noticed and never answered from the cache.
 * Thread-safe; one instance serves the whole console.
 */
public final class ComplexBondsFinder {

    /** The criteria every H-bond task uses, as the item provenance names them. */
    public static final String CRITERIA = criteriaText(ComplexItemGenerator.CRITERIA);

    private final Map<String, List<BondRow>> byContent;

    /** Keeps the bonds of the last {@code capacity} complexes (a few kB each). */
    public ComplexBondsFinder(int capacity) {
        this.byContent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<BondRow>> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The bonds of complex {@code complexId} for an item made from files hashing to {@code madeFrom}
     * under {@code madeWith} criteria (the item's provenance; either may be blank, and then the
     * prepare step's hash stands in and the criteria are not compared).
     */
    public ComplexBonds bonds(String complexId, Optional<PreparedSource> prepared, String madeFrom, String madeWith) {
        if (prepared.isEmpty() || !prepared.get().recorded()) {
            return ComplexBonds.without(ComplexBonds.Status.NOT_RECORDED, "The database does not say where complex "
                    + complexId + "'s files are" + (prepared.isEmpty() ? " (it was never prepared)" : " (it was prepared before"
                    + " locations were recorded)") + ": run prepare on its input again to see its H-bonds here.");
        }
        PreparedSource stored = prepared.get();
        ComplexSource source = stored.source();
        String where = String.join(" + ", stored.locations());
        String now;
        List<BondRow> rows;
        try {
            now = SourceSummary.of(source).sha256();
            rows = rows(now, stored, source);
        } catch (SourceException | IllegalArgumentException e) {
            return ComplexBonds.without(ComplexBonds.Status.UNREADABLE,
                    "The H-bonds cannot be found again from " + where + ": " + e.getMessage());
        }
        String expected = madeFrom == null || madeFrom.isBlank() ? stored.sourceSha256() : madeFrom;
        String found = rows.size() + " hydrogen bond" + (rows.size() == 1 ? "" : "s") + " found again in " + where
                + " (ligand " + stored.ligandRef() + ", " + CRITERIA + ")";
        if (!now.equals(expected)) {
            return new ComplexBonds(ComplexBonds.Status.SOURCE_CHANGED, "The source files changed since this item was made"
                    + " (SHA-256 now " + brief(now) + "…, the item was made from " + brief(expected) + "…): " + found
                    + " may differ from the ones behind the answer.", now, rows);
        }
        if (madeWith != null && !madeWith.isBlank() && !madeWith.equals(CRITERIA)) {
            return new ComplexBonds(ComplexBonds.Status.CRITERIA_CHANGED, "This item was made with " + madeWith + ", not "
                    + CRITERIA + ": " + found + " may differ from the ones behind the answer.", now, rows);
        }
        return new ComplexBonds(ComplexBonds.Status.MATCHES, found + "; the files are the ones the item was made from"
                + " (SHA-256 " + brief(now) + "…).", now, rows);
    }

    private List<BondRow> rows(String sha256, PreparedSource stored, ComplexSource source) throws SourceException {
        String key = sha256 + ' ' + stored.layout() + ' ' + stored.ligandRef();
        List<BondRow> cached = byContent.get(key);
        if (cached != null) {
            return cached;
        }
        List<BondRow> rows = HBondFinder.find(ComplexPreparer.prepare(source), ComplexItemGenerator.CRITERIA).stream()
                .map(BondRow::of).toList();
        byContent.put(key, rows);
        return rows;
    }

    /** Enough of a hash to tell two apart at a glance; the page has the whole one. */
    private static String brief(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }

    /** {@code chimerax-hbonds-relaxed v1}, as the generate step writes it into each item's provenance. */
    static String criteriaText(CriteriaProfile profile) {
        return profile.name() + " v" + profile.version();
    }
}
