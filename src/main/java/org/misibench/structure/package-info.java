/**
 * Structures as read from files: atoms with their PDB identity (name, residue, chain, insertion
 * code, alternate location), elements, coordinates and the bonds a file states. Reading uses the
 * Chemistry Development Kit; what comes out is our own immutable model, so nothing downstream
 * depends on CDK's mutable objects.
 */
package org.misibench.structure;
