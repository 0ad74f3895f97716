/**
 * Pocket–ligand hydrogen bonds as UCSF ChimeraX's {@code hbonds} command finds them with its default
 * relaxed criteria (spec §1): donor and acceptor classes over IDATM types, hydrogen and lone-pair
 * positions, the Mills &amp; Dean geometry tests, and the metal veto. Entry point: {@link
 * org.misibench.chemistry.hbond.HBondFinder}.
 */
package org.misibench.chemistry.hbond;
