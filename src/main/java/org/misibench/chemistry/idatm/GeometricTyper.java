package org.misibench.chemistry.idatm;

/**
 * Runs the geometric IDATM passes of ChimeraX's {@code AtomTypes.cpp} (spec §1.11) on the atoms no template
 * typed, in ChimeraX's order. Each pass reads the types the earlier ones left, so the order is part of the
 * algorithm:
 * <ol>
 *   <li>passes 1–4 ({@link HybridisationPasses}): hydrogens, types from neighbour count and bond angles,
 *       one-neighbour atoms from bond lengths, rechecks of uncertain 2-neighbour atoms;</li>
 *   <li>pass 4.5 ({@link AromaticRingPass}): ring bond orders and aromatic types;</li>
 *   <li>pass 5 ({@link ConjugationPasses}): an sp2 carbon needs an sp2 partner;</li>
 *   <li>pass 6 ({@link ChargePasses}): ammonium, guanidinium-like Ng+ and carboxylate charges;</li>
 *   <li>passes 7–9 ({@link ConjugationPasses}): 2-neighbour N as N2, N outside aromatic rings, carbonyl O;</li>
 *   <li>passes 10–11 ({@link ChargePasses}): nitrite/nitrate, thiolate on metal clusters.</li>
 * </ol>
 */
final class GeometricTyper {

    private final TypingState s;

    GeometricTyper(TypingState state) {
        this.s = state;
    }

    void run() {
        HybridisationPasses hybridisation = new HybridisationPasses(s);
        hybridisation.hydrogens();
        if (!anyFreeHeavyAtom()) {
            return; // ChimeraX stops here when only hydrogens were left untyped (pass 11 included)
        }
        hybridisation.byNeighbourCount();
        hybridisation.oneNeighbourAtoms();
        hybridisation.rechecks();
        new AromaticRingPass(s).run();
        ConjugationPasses conjugation = new ConjugationPasses(s);
        ChargePasses charges = new ChargePasses(s);
        conjugation.sp2CarbonsNeedSp2Partners();
        charges.nitrogenAndCarboxylateCharges();
        conjugation.shortBondedNplToN2();
        conjugation.nitrogensOutsideAromaticRings();
        conjugation.carbonylOxygens();
        charges.nitriteAndNitrate();
        charges.thiolatesOnMetalClusters();
    }

    private boolean anyFreeHeavyAtom() {
        for (int i = 0; i < s.m.size(); i++) {
            if (s.free[i] && !s.isH(i)) {
                return true;
            }
        }
        return false;
    }
}
