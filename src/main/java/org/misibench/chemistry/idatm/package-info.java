/**
 * IDATM atom types (Meng &amp; Lewis 1991) as ChimeraX assigns them (spec §1.11): from residue
 * templates for standard residues, and from geometry alone (bond lengths and angles, rings)
 * for everything else. Where the spec's summary and ChimeraX's {@code AtomTypes.cpp} disagree,
 * the typer follows {@code AtomTypes.cpp}. Type names are ChimeraX's, with ASCII signs:
 * {@code O3-}, {@code N3+}. {@link org.misibench.chemistry.idatm.IdatmTyper} is the entry point;
 * {@link org.misibench.chemistry.idatm.GeometricTyper} lists the passes in order.
 */
package org.misibench.chemistry.idatm;
