package org.misibench.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.source.InputLayout;
import org.misibench.source.PathSourceFile;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;
import org.misibench.source.SourceFile;
import org.misibench.structure.Atom;
import org.misibench.structure.ResidueId;

class ComplexPreparerTest {

    private static final Map<String, BundledSample.ManifestRow> MANIFEST = BundledSample.manifest().stream()
            .collect(Collectors.toMap(BundledSample.ManifestRow::id, Function.identity()));

    @TempDir
    Path dir;

    @Test
    void everyBundledComplexPreparesWithTheLigandTheManifestNames() throws Exception {
        for (ComplexSource source : BundledSample.complexes()) {
            PreparedComplex c = ComplexPreparer.prepare(source);
            BundledSample.ManifestRow row = MANIFEST.get(source.id());
            long heavy = c.ligand().atoms().stream().filter(a -> !a.isHydrogen()).count();
            // 2efj's 37T has every atom at two alternate locations; the manifest counted both records
            long expected = source.id().equals("2efj") ? row.ligandHeavyAtoms() / 2 : row.ligandHeavyAtoms();
            assertEquals(expected, heavy, source.id() + " ligand heavy atoms");
            assertEquals(row.ligandRef(), c.ligandRef(), source.id());
            assertFalse(c.pocket().atoms().stream().anyMatch(Atom::isWater), source.id() + " has no waters");
        }
    }

    @Test
    void automaticSelectionFindsTheManifestLigandOfEveryWholeEntry() throws Exception {
        for (ComplexSource source : BundledSample.complexes()) {
            if (source.layout() == InputLayout.WHOLE_ENTRY) {
                PreparedComplex c = ComplexPreparer.prepare(source, Optional.empty());
                // 2efj: the cofactor SAH (26 heavy atoms) is larger than the drug 37T (13) but is not chosen
                assertEquals(MANIFEST.get(source.id()).ligandRef(), c.ligandRef(), source.id());
            }
        }
    }

    @Test
    void thePocketIsEveryResidueWithAHeavyAtomWithin10AngstromOfTheLigand() throws Exception {
        ComplexSource source = sample("1aku");
        PreparedComplex c = ComplexPreparer.prepare(source);
        List<Atom> ligandHeavy = c.ligand().atoms().stream().filter(a -> !a.isHydrogen()).toList();
        Map<ResidueId, Double> closest = new java.util.HashMap<>();
        // every residue of the whole entry, with its closest heavy-atom distance to the ligand
        for (Atom a : org.misibench.structure.StructureReader.read(source.files().get(0)).atoms()) {
            if (!a.isHydrogen() && !a.isWater() && !a.residue().name().equals("FMN")) {
                double d = ligandHeavy.stream().mapToDouble(l -> l.position().distance(a.position())).min().orElseThrow();
                closest.merge(a.residue(), d, Math::min);
            }
        }
        for (var e : closest.entrySet()) {
            assertEquals(e.getValue() <= 10.0, c.pocketResidues().contains(e.getKey()),
                    e.getKey() + " at " + e.getValue() + " Å");
        }
        assertTrue(c.pocketResidues().stream().anyMatch(r -> r.number() == 59 && r.name().equals("THR")),
                "Thr59, which H-bonds FMN (PLIP's literature set), is in the pocket");
    }

    @Test
    void aProteinWithoutItsLigandFileHasNoLigand() throws Exception {
        Path protein = copy("posebusters/7C6P_SQH/7C6P_SQH_protein.pdb", "7C6P_SQH_protein.pdb");
        SourceException e = failure(complex(protein));
        assertEquals(Problem.NO_LIGAND, e.problem());
        assertEquals(protein.toString(), e.location());
    }

    @Test
    void aNamedLigandMissingFromTheEntryIsReported() throws Exception {
        SourceException e = assertThrows(SourceException.class,
                () -> ComplexPreparer.prepare(sample("1aku"), Optional.of(LigandRef.parse("ATP:B:1"))));
        assertEquals(Problem.NO_LIGAND, e.problem());
        assertEquals("no hetero group ATP:B:1 in the entry", e.reason());
    }

    @Test
    void aLigandFarFromTheProteinIsReported() throws Exception {
        Path protein = copy("posebusters/7C6P_SQH/7C6P_SQH_protein.pdb", "7C6P_SQH_protein.pdb");
        Path ligand = copy("posebusters/7C6P_SQH/7C6P_SQH_ligand.sdf", "7C6P_SQH_ligand.sdf");
        // move the ligand 100 Å along x: the x field is columns 1-10 of each atom line
        List<String> lines = Files.readAllLines(ligand, StandardCharsets.ISO_8859_1);
        int atoms = Integer.parseInt(lines.get(3).substring(0, 3).trim());
        for (int i = 4; i < 4 + atoms; i++) {
            String l = lines.get(i);
            lines.set(i, String.format("%10.4f", Double.parseDouble(l.substring(0, 10).trim()) + 100) + l.substring(10));
        }
        Files.write(ligand, lines, StandardCharsets.ISO_8859_1);
        SourceException e = failure(complex(protein, ligand));
        assertEquals(Problem.LIGAND_NOT_NEAR_PROTEIN, e.problem());
    }

    @Test
    void aPocketWithoutAnyPolymerResidueIsEmpty() throws Exception {
        Path entry = Files.writeString(dir.resolve("9zzz.pdb"), """
                HETATM    1  C1  LIG A 900       0.000   0.000   0.000  1.00  0.00           C
                HETATM    2  C2  LIG A 900       1.500   0.000   0.000  1.00  0.00           C
                HETATM    3  S   SO4 A 901       3.500   0.000   0.000  1.00  0.00           S
                ATOM      4  CA  GLY A   1      40.000   0.000   0.000  1.00  0.00           C
                END
                """);
        SourceException e = failure(new ComplexSource("9zzz", InputLayout.WHOLE_ENTRY, List.of(new PathSourceFile(entry)), ""));
        assertEquals(Problem.EMPTY_POCKET, e.problem());
    }

    private static ComplexSource sample(String id) {
        return BundledSample.complex(id);
    }

    private static ComplexSource complex(Path... files) {
        List<SourceFile> list = List.of(files).stream().<SourceFile>map(PathSourceFile::new).toList();
        return new ComplexSource("7C6P_SQH", InputLayout.PROTEIN_AND_LIGAND_FILES, list, "");
    }

    private static SourceException failure(ComplexSource source) {
        return assertThrows(SourceException.class, () -> ComplexPreparer.prepare(source));
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/misi-sample/" + resource)) {
            Path to = dir.resolve(name);
            Files.copy(in, to);
            return to;
        }
    }
}
