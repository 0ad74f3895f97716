package org.misibench.jobs.hbonds;

import java.io.Serializable;
import java.util.List;

/**
 * What the item page shows of a complex's H-bonds: the bonds and how far to trust them.
 *
 * @param status       whether the bonds were found from the very files the item was made from
 * @param note         one sentence for the curator: where the bonds come from, or why there are none
 * @param sourceSha256 the hash of the files as they are now; empty when they could not be read
 * @param rows         the bonds in the finder's order; empty unless the files could be prepared
 */
public record ComplexBonds(Status status, String note, String sourceSha256, List<BondRow> rows) implements Serializable {

    public enum Status {
        /** The files hash to what the item was made from, under the same criteria. */
        MATCHES,
        /** The files changed since the item was made: the bonds are those of the files now. */
        SOURCE_CHANGED,
        /** The item was made under other H-bond criteria than the finder's now. */
        CRITERIA_CHANGED,
        /** The database does not say where the files are (prepared before locations were recorded). */
        NOT_RECORDED,
        /** The files are gone, unreadable or no longer prepare. */
        UNREADABLE
    }

    public ComplexBonds {
        rows = List.copyOf(rows);
    }

    static ComplexBonds without(Status status, String note) {
        return new ComplexBonds(status, note, "", List.of());
    }

    /** Whether the curator should be warned that the bonds may not be those behind the answer. */
    public boolean warning() {
        return status != Status.MATCHES;
    }
}
