package org.misibench.chemistry.idatm;

/**
 * A bond named by the indices of its two atoms, lower index first, so that it is found whichever
 * end it is looked up from.
 */
record AtomPair(int low, int high) implements Comparable<AtomPair> {

    static AtomPair of(int a, int b) {
        return a < b ? new AtomPair(a, b) : new AtomPair(b, a);
    }

    int other(int atom) {
        return atom == low ? high : low;
    }

    @Override
    public int compareTo(AtomPair o) {
        return low != o.low ? Integer.compare(low, o.low) : Integer.compare(high, o.high);
    }
}
