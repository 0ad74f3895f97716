package org.misibench.jobs.hbonds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.jobs.hbonds.ComplexBonds.Status;
import org.misibench.jobs.store.PreparedSource;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.source.InputLayout;
import org.misibench.source.SourceFile;
import org.misibench.source.SourceSummary;

/**
 * The bonds of the bundled flavodoxin 1aku (FMN:A:150), found again from its file. The oracle for
 * the count is the README's documented {@code ./misi hbonds} run (14); one distance is worked out
 * here from the file's own coordinates.
 */
class ComplexBondsFinderTest {

    private static final String CRITERIA = "chimerax-hbonds-relaxed v1";

    @TempDir
    Path dir;

    private Path pdb;
    private String sha;

    @BeforeEach
    void copyOf1aku() throws Exception {
        pdb = dir.resolve("1aku.pdb");
        try (InputStream in = getClass().getResourceAsStream("/misi-sample/plip_pdb/1aku.pdb")) {
            Files.copy(in, pdb);
        }
        sha = SourceSummary.of(onDisk().source()).sha256();
    }

    @Test
    void theBundledEntryGivesItsFourteenBondsFromTheFilesTheItemWasMadeFrom() throws Exception {
        ComplexSource bundled = BundledSample.complex("1aku");
        String bundledSha = SourceSummary.of(bundled).sha256();
        PreparedSource stored = new PreparedSource("1aku", bundledSha, "FMN:A:150", InputLayout.WHOLE_ENTRY,
                List.of("classpath:/misi-sample/plip_pdb/1aku.pdb"));

        ComplexBonds bonds = new ComplexBondsFinder(4).bonds("1aku", Optional.of(stored), bundledSha, CRITERIA);

        assertEquals(Status.MATCHES, bonds.status(), bonds.note());
        assertFalse(bonds.warning());
        assertEquals(14, bonds.rows().size());
        assertEquals(bundledSha, bonds.sourceSha256());
        assertTrue(bonds.note().startsWith("14 hydrogen bonds found again in classpath:/misi-sample/plip_pdb/1aku.pdb"
                + " (ligand FMN:A:150, chimerax-hbonds-relaxed v1)"), bonds.note());
        BondRow ser10 = bonds.rows().stream().filter(r -> r.answerText().equals("SER 10 OG A, O2P")).findFirst().orElseThrow();
        assertEquals("SER 10 A", ser10.residue());
        assertEquals("SER 10 OG", ser10.donor());
        assertEquals("FMN 150 O2P", ser10.acceptor());
        assertEquals("pocket", ser10.donorSide());
        // ATOM 66 OG SER A 10 (-3.573, 29.488, 17.816), HETATM 1142 O2P FMN A 150 (-2.791, 31.884, 18.195)
        double expected = Math.sqrt(Math.pow(-3.573 + 2.791, 2) + Math.pow(29.488 - 31.884, 2) + Math.pow(17.816 - 18.195, 2));
        assertEquals(expected, ser10.distance(), 1e-6);
        assertEquals("2.55", ser10.distanceText());
        assertEquals("", ser10.angleText(), "a hydroxyl's H is on a rotor: no angle");
        assertTrue(bonds.rows().stream().anyMatch(r -> r.donorInLigand() && r.residue().equals("THR 59 A")),
                "FMN's O2' donates to THR 59's backbone O");
    }

    @Test
    void proteinAndLigandFilesAreReadAgainInTheirOrder() throws Exception {
        ComplexSource bundled = BundledSample.complex("1G9V_RQ3");
        String bundledSha = SourceSummary.of(bundled).sha256();
        PreparedSource stored = new PreparedSource("1G9V_RQ3", bundledSha, "RQ3:A:801", InputLayout.PROTEIN_AND_LIGAND_FILES,
                bundled.files().stream().map(SourceFile::location).toList());

        ComplexBonds bonds = new ComplexBondsFinder(4).bonds("1G9V_RQ3", Optional.of(stored), "", "");

        assertEquals(Status.MATCHES, bonds.status(), bonds.note());
        assertEquals(bundledSha, bonds.sourceSha256());
    }

    @Test
    void aFileChangedOnDiskIsNoticedAndItsBondsAreFoundAgainNotTakenFromTheCache() throws Exception {
        ComplexBondsFinder finder = new ComplexBondsFinder(4);
        assertEquals(Status.MATCHES, finder.bonds("1aku", Optional.of(onDisk()), sha, CRITERIA).status());

        // SER 10's OG goes: its bond to O2P with it
        List<String> lines = Files.readAllLines(pdb);
        assertTrue(lines.removeIf(l -> l.startsWith("ATOM     66  OG  SER A  10")));
        Files.write(pdb, lines);
        ComplexBonds changed = finder.bonds("1aku", Optional.of(onDisk()), sha, CRITERIA);

        assertEquals(Status.SOURCE_CHANGED, changed.status());
        assertTrue(changed.warning());
        assertTrue(changed.note().startsWith("The source files changed since this item was made (SHA-256 now "
                + changed.sourceSha256().substring(0, 12) + "…, the item was made from " + sha.substring(0, 12) + "…)"),
                changed.note());
        assertEquals(13, changed.rows().size());
        assertTrue(changed.rows().stream().noneMatch(r -> r.answerText().equals("SER 10 OG A, O2P")));
    }

    @Test
    void withoutAnItemHashTheHashThePrepareStepRecordedIsTheReference() {
        PreparedSource stored = new PreparedSource("1aku", "0".repeat(64), "FMN:A:150", InputLayout.WHOLE_ENTRY,
                List.of(pdb.toString()));
        assertEquals(Status.SOURCE_CHANGED, new ComplexBondsFinder(4).bonds("1aku", Optional.of(stored), null, null).status());
    }

    @Test
    void otherCriteriaThanTheFindersAreSaid() {
        ComplexBonds bonds = new ComplexBondsFinder(4).bonds("1aku", Optional.of(onDisk()), sha, "chimerax-hbonds-strict v2");
        assertEquals(Status.CRITERIA_CHANGED, bonds.status());
        assertTrue(bonds.note().startsWith("This item was made with chimerax-hbonds-strict v2, not chimerax-hbonds-relaxed v1"),
                bonds.note());
        assertEquals(14, bonds.rows().size());
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Files.delete(pdb);
        ComplexBonds bonds = new ComplexBondsFinder(4).bonds("1aku", Optional.of(onDisk()), sha, CRITERIA);
        assertEquals(Status.UNREADABLE, bonds.status());
        assertTrue(bonds.note().startsWith("The H-bonds cannot be found again from " + pdb + ": "), bonds.note());
        assertTrue(bonds.rows().isEmpty());
    }

    @Test
    void withoutARecordedLocationThereIsNothingToReadAndTheCuratorIsToldWhy() {
        ComplexBondsFinder finder = new ComplexBondsFinder(4);
        ComplexBonds never = finder.bonds("9zzz", Optional.empty(), sha, CRITERIA);
        assertEquals(Status.NOT_RECORDED, never.status());
        assertTrue(never.note().contains("(it was never prepared)"), never.note());
        PreparedSource old = new PreparedSource("1aku", sha, "FMN:A:150", InputLayout.WHOLE_ENTRY, List.of());
        ComplexBonds before = finder.bonds("1aku", Optional.of(old), sha, CRITERIA);
        assertEquals(Status.NOT_RECORDED, before.status());
        assertTrue(before.note().contains("prepared before locations were recorded"), before.note());
    }

    private PreparedSource onDisk() {
        return new PreparedSource("1aku", sha == null ? "" : sha, "FMN:A:150", InputLayout.WHOLE_ENTRY, List.of(pdb.toString()));
    }
}
