/**
 * A prepared complex's pocket–ligand H-bonds for the curators' item page, found again from its
 * source files with the core's preparation and {@link org.misibench.chemistry.hbond.HBondFinder}
 * (the same code and criteria the generate step used), after checking that the files still hash
 * to what the item was made from.
 *
 * <p>Decision: recompute rather than store. The bonds are a pure function of the files' content,
 * the ligand and the finder, about 100 ms per complex; storing them would need a table and a
 * migration for data the source already determines. Results are cached by content hash, so a
 * changed file can never be answered from the cache.
 */
package org.misibench.jobs.hbonds;
