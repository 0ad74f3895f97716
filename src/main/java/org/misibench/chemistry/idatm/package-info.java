/**
 * IDATM atom types (Meng &amp; Lewis 1991) as ChimeraX assigns them (spec §1.11): from residue
 * templates for standard residues, and from geometry alone (bond lengths and angles, rings)
 * for everything else. Type names are ChimeraX's, with ASCII signs: {@code O3-}, {@code N3+}.
 */
package org.misibench.chemistry.idatm;
