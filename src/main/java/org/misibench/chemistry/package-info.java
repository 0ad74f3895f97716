/**
 * Chemistry as UCSF ChimeraX sees it (spec {@code chimerax-behaviour.md} §1): molecules as bond
 * graphs built the way ChimeraX connects a PDB or ligand file (§1.12), minimal rings, and, in
 * sub-packages, IDATM atom types ({@code idatm}) and the hydrogen-bond finder ({@code hbond}).
 */
package org.misibench.chemistry;
