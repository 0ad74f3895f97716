package org.misibench.structure;

/**
 * A residue as PDB files name it: chain, sequence number and insertion code, plus its name.
 * Two atoms belong to the same residue when all four agree.
 */
public record ResidueId(String chain, int number, char insertionCode, String name) implements Comparable<ResidueId> {

    /** {@code ARG 45} or {@code ARG 45A}: how labels and answers name a residue. */
    public String label() {
        return name + " " + numberText();
    }

    /** The number with its insertion code, as files and answers write it: {@code 45}, {@code 184A}. */
    public String numberText() {
        return number + (insertionCode == ' ' ? "" : String.valueOf(insertionCode));
    }

    @Override
    public int compareTo(ResidueId o) {
        int c = chain.compareTo(o.chain);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(number, o.number);
        return c != 0 ? c : Character.compare(insertionCode, o.insertionCode);
    }

    @Override
    public String toString() {
        return label() + " " + chain;
    }
}
