package org.misibench.chemistry.hbond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.source.BundledSample;

/**
 * Donor and acceptor classes of standard residue atoms, expected from the class definitions (spec
 * §1.5–1.7, §1.13): the most common label each (residue, atom) gets across the sample pockets, for
 * residues with complete side chains and inside a chain (not at a break).
 */
class ClassificationTest {

    private static final Map<String, String> EXPECTED_DONORS = Map.ofEntries(
            Map.entry("SER OG", "D5"), Map.entry("THR OG1", "D5"), Map.entry("TYR OH", "D8"),
            Map.entry("LYS NZ", "D4"), Map.entry("ASN ND2", "D6"), Map.entry("GLN NE2", "D6"),
            Map.entry("ARG NH1", "D3"), Map.entry("ARG NH2", "D3"), Map.entry("ARG NE", "D19"),
            Map.entry("TRP NE1", "D17"), Map.entry("GLY N", "D13"), Map.entry("ALA N", "D13"),
            // His without H: both ring N are Npl with two neighbours, so both are ring N-H donors …
            Map.entry("HIS ND1", "D17"), Map.entry("HIS NE2", "D17"));

    private static final Map<String, String> EXPECTED_ACCEPTORS = Map.ofEntries(
            Map.entry("SER OG", "A15"), Map.entry("THR OG1", "A15"), Map.entry("TYR OH", "A20"),
            Map.entry("ASP OD1", "A3"), Map.entry("ASP OD2", "A3"), Map.entry("GLU OE1", "A3"),
            Map.entry("GLU OE2", "A3"), Map.entry("ASN OD1", "A6"), Map.entry("GLN OE1", "A6"),
            Map.entry("GLY O", "A6"), Map.entry("ALA O", "A6"),
            // … and acceptors of the asymmetric 5-ring class (ring neighbours C/C, far pair C/N)
            Map.entry("HIS ND1", "A28"), Map.entry("HIS NE2", "A28"));

    /** Never acceptors: thioether S (S3), backbone amide N (Npl), N3+ and Ng+ (spec §1.6). */
    private static final List<String> NEVER_ACCEPTORS = List.of("MET SD", "GLY N", "ALA N", "LYS NZ", "ARG NH1");

    @Test
    void standardResidueAtomsGetTheirClasses() throws Exception {
        Map<String, Map<String, Integer>> donors = new HashMap<>();
        Map<String, Map<String, Integer>> acceptors = new HashMap<>();
        for (String id : List.of("1aku", "1bju", "2efj", "4alw", "1vsn")) {
            PreparedComplex c = ComplexPreparer.prepare(BundledSample.complex(id));
            TypedModel pocket = TypedModel.pocket(c.pocket());
            for (DonorSite d : DonorClassifier.classify(pocket, CriteriaProfile.CHIMERAX_RELAXED, java.util.Set.of())) {
                count(donors, pocket, d.atom(), d.label());
            }
            for (AcceptorSite a : AcceptorClassifier.classify(pocket, CriteriaProfile.CHIMERAX_RELAXED)) {
                count(acceptors, pocket, a.atom(), a.label());
            }
        }
        check(EXPECTED_DONORS, donors);
        check(EXPECTED_ACCEPTORS, acceptors);
        for (String key : NEVER_ACCEPTORS) {
            assertTrue(!acceptors.containsKey(key), key + " classified as acceptor: " + acceptors.get(key));
        }
    }

    private static void count(Map<String, Map<String, Integer>> out, TypedModel m, int atom, String label) {
        String key = m.atom(atom).residue().name() + " " + m.atom(atom).name();
        String cls = label.split(" ")[0];
        out.computeIfAbsent(key, k -> new HashMap<>()).merge(cls, 1, Integer::sum);
    }

    private static void check(Map<String, String> expected, Map<String, Map<String, Integer>> found) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Map<String, Integer> classes = found.get(e.getKey());
            assertTrue(classes != null, e.getKey() + " never classified");
            String mostCommon = classes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertEquals(e.getValue(), mostCommon, e.getKey() + " " + classes);
        }
    }
}
