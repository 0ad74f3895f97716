package org.misibench.chemistry.hbond;

import java.util.List;

/**
 * The H-bonds of one complex together with the criteria they were found with, so that every stored
 * result says which rules produced it.
 *
 * @param complexId the complex
 * @param profile   the criteria used
 * @param bonds     the bonds, in {@link HBondFinder}'s order
 */
public record HBondReport(String complexId, CriteriaProfile profile, List<HBond> bonds) {

    public HBondReport {
        bonds = List.copyOf(bonds);
    }
}
