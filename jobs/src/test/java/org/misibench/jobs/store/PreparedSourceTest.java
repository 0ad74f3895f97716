package org.misibench.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.source.InputLayout;
import org.misibench.source.PathSourceFile;

class PreparedSourceTest {

    @Test
    void theLocationTextGivesBackTheFilesInTheirOrder() {
        ComplexSource bundled = BundledSample.complex("1G9V_RQ3");
        String text = PreparedSource.location(bundled);
        assertEquals("classpath:/misi-sample/astex/1G9V_RQ3/1G9V_RQ3_protein.pdb\n"
                + "classpath:/misi-sample/astex/1G9V_RQ3/1G9V_RQ3_ligand.sdf", text);

        ComplexSource again = PreparedSource.of("1G9V_RQ3", "a".repeat(64), "RQ3:A:801", "PROTEIN_AND_LIGAND_FILES", text).source();
        assertEquals(bundled, again, "a ligand file needs no ligand reference");
    }

    @Test
    void aWholeEntryNamesTheLigandPreparationChose() {
        PreparedSource stored = PreparedSource.of("4alw", "b".repeat(64), "HY7:A:1308", "WHOLE_ENTRY", "/data/pdb/4alw.pdb");
        assertEquals(new ComplexSource("4alw", InputLayout.WHOLE_ENTRY, List.of(new PathSourceFile(Path.of("/data/pdb/4alw.pdb"))),
                "HY7:A:1308"), stored.source());
    }

    @Test
    void aComplexPreparedBeforeLocationsWereRecordedCannotBeReadAgain() {
        PreparedSource old = PreparedSource.of("1aku", "c".repeat(64), "FMN:A:150", "WHOLE_ENTRY", null);
        assertFalse(old.recorded());
        assertThrows(IllegalStateException.class, old::source);
        assertFalse(PreparedSource.of("1aku", "c".repeat(64), "FMN:A:150", null, "/x/1aku.pdb").recorded(),
                "without the inventory's layout");
    }
}
