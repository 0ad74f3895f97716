package org.misibench.complex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.misibench.structure.ResidueId;

/**
 * A ligand named as {@code CCD:chain:resnum[icode]}, e.g. {@code FMN:A:150}: the way the
 * command line, the sample manifest and the job parameters select a hetero group of an entry.
 */
public record LigandRef(String ccd, String chain, int number, char insertionCode) {

    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9]{1,5}):([A-Za-z0-9]{0,4}):(-?\\d+)([A-Za-z]?)");

    /** Parses {@code CCD:CHAIN:RESNUM}; throws {@link IllegalArgumentException} with the expected form. */
    public static LigandRef parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("ligand '" + text + "' is not of the form CCD:CHAIN:RESNUM, e.g. FMN:A:150");
        }
        return new LigandRef(m.group(1).toUpperCase(), m.group(2), Integer.parseInt(m.group(3)),
                m.group(4).isEmpty() ? ' ' : m.group(4).charAt(0));
    }

    public boolean matches(ResidueId residue) {
        return residue.name().equalsIgnoreCase(ccd) && residue.chain().equals(chain) && residue.number() == number
                && residue.insertionCode() == insertionCode;
    }

    @Override
    public String toString() {
        return ccd + ":" + chain + ":" + number + (insertionCode == ' ' ? "" : String.valueOf(insertionCode));
    }
}
