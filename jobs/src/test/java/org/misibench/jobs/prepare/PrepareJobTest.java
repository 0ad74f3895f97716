package org.misibench.jobs.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.complex.ComplexPreparer;
import org.misibench.jobs.se.EmbeddedBatch;
import org.misibench.jobs.se.JobOutcome;
import org.misibench.jobs.se.TestRuntime;
import org.misibench.jobs.store.InventoryStore;
import org.misibench.jobs.store.PreparedComplexStore;
import org.misibench.jobs.store.PreparedSource;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.jobs.store.QuarantineStore;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.source.InputLayout;
import org.misibench.source.SourceSummary;

/** The generate job on the real embedded runtime: JBeret SE, Weld SE, H2 file database. */
class PrepareJobTest {

    private final EmbeddedBatch batch = TestRuntime.batch();
    private final InventoryStore inventory = new InventoryStore(batch.dataSource());

    @TempDir
    Path dir;

    @Test
    void inventoriesEveryBundledComplexWithTheAtomCountsOfTheSampleManifest() throws Exception {
        JobOutcome outcome = batch.run("prepare", TestRuntime.parameters("input", "sample"));

        assertEquals(BatchStatus.COMPLETED, outcome.status(), outcome.describe());
        assertEquals(14, inventory.countWrittenBy(outcome.executionId()));
        Map<String, Integer> stored = atomRecordsWrittenBy(outcome.executionId());
        for (BundledSample.ManifestRow row : BundledSample.manifest()) {
            int expected = row.ligandFile().startsWith("(") ? row.proteinAtomRecords()
                    : row.proteinAtomRecords() + row.ligandHeavyAtoms();
            assertEquals(expected, stored.get(row.id()), row.id());
        }
    }

    @Test
    void preparesEveryBundledComplexWithTheLigandTheManifestNames() throws Exception {
        JobOutcome outcome = batch.run("prepare", TestRuntime.parameters());
        assertEquals(BatchStatus.COMPLETED, outcome.status(), outcome.describe());
        PreparedComplexStore prepared = new PreparedComplexStore(batch.dataSource());
        assertEquals(14, prepared.countPreparedBy(outcome.executionId()));
        for (BundledSample.ManifestRow row : BundledSample.manifest()) {
            assertEquals(row.ligandRef(), prepared.ligandRef(row.id()).orElseThrow(), row.id());
        }
    }

    @Test
    void theFilesOfEachPreparedComplexAreRecordedSoTheyCanBeReadAgain() throws Exception {
        copySample("posebusters/7C6P_SQH/7C6P_SQH_protein.pdb", "disk/7C6P_SQH/7C6P_SQH_protein.pdb");
        copySample("posebusters/7C6P_SQH/7C6P_SQH_ligand.sdf", "disk/7C6P_SQH/7C6P_SQH_ligand.sdf");
        for (String input : List.of("sample", dir.resolve("disk").toString())) {
            JobOutcome outcome = batch.run("prepare", TestRuntime.parameters("input", input));
            assertEquals(BatchStatus.COMPLETED, outcome.status(), outcome.describe());
        }
        PreparedComplexStore prepared = new PreparedComplexStore(batch.dataSource());

        for (ComplexSource bundled : BundledSample.complexes()) {
            PreparedSource stored = prepared.source(bundled.id()).orElseThrow();
            assertEquals(SourceSummary.of(bundled).sha256(), SourceSummary.of(stored.source()).sha256(), bundled.id());
            assertEquals(stored.ligandRef(), ComplexPreparer.prepare(stored.source()).ligandRef(), bundled.id());
        }
        PreparedSource onDisk = prepared.source("7C6P_SQH").orElseThrow();
        assertEquals(List.of(dir.resolve("disk/7C6P_SQH/7C6P_SQH_protein.pdb").toString(),
                dir.resolve("disk/7C6P_SQH/7C6P_SQH_ligand.sdf").toString()), onDisk.locations());
        assertEquals(InputLayout.PROTEIN_AND_LIGAND_FILES, onDisk.layout());
        assertEquals(onDisk.sourceSha256(), SourceSummary.of(onDisk.source()).sha256());
        assertTrue(prepared.source("9zzz").isEmpty());
    }

    @Test
    void aCrashedRunRestartsFromItsCheckpointAndFinishesTheRestOnce() throws Exception {
        List<String> ids = BundledSample.manifest().stream().map(BundledSample.ManifestRow::id).toList();
        String seventh = ids.get(6);

        JobOutcome crashed = batch.run("prepare",
                TestRuntime.parameters("input", "sample", "itemCount", "5", "failOnComplex", seventh));
        assertEquals(BatchStatus.FAILED, crashed.status());
        assertEquals("FAILED: prepare-complexes: injected failure on complex " + seventh
                + " (job parameter failOnComplex)", crashed.exitStatus());
        assertEquals(5, inventory.countWrittenBy(crashed.executionId()), "the first chunk was committed");

        // restart merges parameters over the original ones: the hook must be cleared
        JobOutcome restarted = batch.restart(crashed.executionId(), TestRuntime.parameters("failOnComplex", ""));
        assertEquals(BatchStatus.COMPLETED, restarted.status(), restarted.describe());
        assertEquals(9, inventory.countWrittenBy(restarted.executionId()), "only the complexes after the checkpoint");
        assertEquals(5, inventory.countWrittenBy(crashed.executionId()), "the committed chunk was not redone");
    }

    @Test
    void badInputIsQuarantinedWithItsFileAndReasonAndTheJobGoesOn() throws Exception {
        copySample("posebusters/7C6P_SQH/7C6P_SQH_protein.pdb", "good/7C6P_SQH/7C6P_SQH_protein.pdb");
        copySample("posebusters/7C6P_SQH/7C6P_SQH_ligand.sdf", "good/7C6P_SQH/7C6P_SQH_ligand.sdf");
        Path brokenSdf = dir.resolve("bad/9BAD_XXX/9BAD_XXX_ligand.sdf");
        copySample("posebusters/7C6P_SQH/7C6P_SQH_protein.pdb", "bad/9BAD_XXX/9BAD_XXX_protein.pdb");
        Files.writeString(brokenSdf, "9BAD\n  RDKit\n\n  x  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n");

        JobOutcome outcome = batch.run("prepare", TestRuntime.parameters("input", dir.toString()));

        assertEquals(BatchStatus.COMPLETED, outcome.status(), outcome.describe());
        assertEquals(1, inventory.countWrittenBy(outcome.executionId()));
        List<QuarantineEntry> quarantined = new QuarantineStore(batch.dataSource()).recordedBy(outcome.executionId());
        assertEquals(List.of(new QuarantineEntry("9BAD_XXX", "prepare-complexes", brokenSdf.toString(),
                "MALFORMED", "broken counts line: 'x  0  0  0  0  0  0  0  0  0999 V2000'", outcome.executionId())), quarantined);
        assertEquals(1, new PreparedComplexStore(batch.dataSource()).countPreparedBy(outcome.executionId()));
    }

    @Test
    void aMissingInputFailsTheJobWithThePathAndTheReason() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        JobOutcome outcome = batch.run("prepare", TestRuntime.parameters("input", missing.toString()));
        assertEquals(BatchStatus.FAILED, outcome.status());
        assertEquals("FAILED: prepare-complexes: " + missing + ": no such file or folder", outcome.exitStatus());
    }

    @Test
    void layoutsAreRecordedAsTheyWereFound() throws Exception {
        JobOutcome outcome = batch.run("prepare", TestRuntime.parameters());
        assertEquals(BatchStatus.COMPLETED, outcome.status(), outcome.describe());
        try (Connection c = batch.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT INPUT_LAYOUT, COUNT(*) FROM MISI.COMPLEX_INVENTORY WHERE JOB_EXECUTION_ID = ? GROUP BY INPUT_LAYOUT")) {
            ps.setLong(1, outcome.executionId());
            Map<String, Integer> byLayout = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byLayout.put(rs.getString(1), rs.getInt(2));
                }
            }
            assertEquals(Map.of(InputLayout.WHOLE_ENTRY.name(), 6, InputLayout.PROTEIN_AND_LIGAND_FILES.name(), 8), byLayout);
        }
    }

    private Map<String, Integer> atomRecordsWrittenBy(long executionId) throws SQLException {
        Map<String, Integer> result = new HashMap<>();
        try (Connection c = batch.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COMPLEX_ID, ATOM_RECORDS FROM MISI.COMPLEX_INVENTORY WHERE JOB_EXECUTION_ID = ?")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        assertTrue(result.size() > 0, "rows written by execution " + executionId);
        return result;
    }

    private void copySample(String resource, String target) throws IOException {
        Path to = dir.resolve(target);
        Files.createDirectories(to.getParent());
        try (InputStream in = getClass().getResourceAsStream("/misi-sample/" + resource)) {
            Files.copy(in, to);
        }
    }
}
