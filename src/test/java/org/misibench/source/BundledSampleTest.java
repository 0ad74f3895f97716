package org.misibench.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledSampleTest {

    @Test
    void listsEveryBundledComplexWithItsLayout() {
        List<ComplexSource> complexes = BundledSample.complexes();
        assertEquals(14, complexes.size());
        Map<String, ComplexSource> byId = complexes.stream()
                .collect(Collectors.toMap(ComplexSource::id, Function.identity()));
        assertEquals(InputLayout.PROTEIN_AND_LIGAND_FILES, byId.get("1G9V_RQ3").layout());
        assertEquals(List.of("1G9V_RQ3_protein.pdb", "1G9V_RQ3_ligand.sdf"),
                byId.get("1G9V_RQ3").files().stream().map(SourceFile::fileName).toList());
        assertEquals(InputLayout.WHOLE_ENTRY, byId.get("1aku").layout());
        assertEquals("FMN:A:150", byId.get("1aku").ligandRef());
    }

    @Test
    void atomRecordCountsAgreeWithTheFactsRecordedWhenTheSampleWasAssembled() throws SourceException {
        Map<String, BundledSample.ManifestRow> manifest = BundledSample.manifest().stream()
                .collect(Collectors.toMap(BundledSample.ManifestRow::id, Function.identity()));
        for (ComplexSource source : BundledSample.complexes()) {
            BundledSample.ManifestRow row = manifest.get(source.id());
            // whole entries: the manifest counted every record of the entry, ligand included;
            // separate files: protein records plus the ligand SDF's heavy atoms
            int expected = source.layout() == InputLayout.WHOLE_ENTRY
                    ? row.proteinAtomRecords()
                    : row.proteinAtomRecords() + row.ligandHeavyAtoms();
            SourceSummary summary = SourceSummary.of(source);
            assertEquals(expected, summary.atomRecords(), source.id());
            assertTrue(summary.sha256().matches("[0-9a-f]{64}"), summary.sha256());
        }
    }
}
