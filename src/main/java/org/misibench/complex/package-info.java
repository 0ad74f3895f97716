/**
 * Preparation: from the structures of an input complex to a {@link org.misibench.complex.PreparedComplex}
 * (ligand + pocket, waters removed), choosing the ligand of a whole entry, cutting the pocket,
 * and refusing with a typed reason what cannot be prepared.
 */
package org.misibench.complex;
