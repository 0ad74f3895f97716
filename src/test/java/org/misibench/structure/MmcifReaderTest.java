package org.misibench.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.source.ClasspathSourceFile;
import org.misibench.source.ComplexSource;
import org.misibench.source.InputLayout;
import org.misibench.source.PathSourceFile;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;

class MmcifReaderTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            data_TEST
            #
            loop_
            _atom_site.group_PDB
            _atom_site.id
            _atom_site.type_symbol
            _atom_site.label_atom_id
            _atom_site.label_alt_id
            _atom_site.label_comp_id
            _atom_site.label_asym_id
            _atom_site.label_seq_id
            _atom_site.pdbx_PDB_ins_code
            _atom_site.Cartn_x
            _atom_site.Cartn_y
            _atom_site.Cartn_z
            _atom_site.occupancy
            _atom_site.auth_seq_id
            _atom_site.auth_comp_id
            _atom_site.auth_asym_id
            _atom_site.auth_atom_id
            _atom_site.pdbx_PDB_model_num
            """;

    @Test
    void readsQuotedNamesAlternateLocationsInsertionCodesAndTheFirstModelOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("t.cif"), HEADER + """
                ATOM   1 N N   . GLY A 1 ? 1.000 2.000 3.000 1.00 184 GLY A N   1
                ATOM   2 C CA  A GLY A 1 ? 1.500 2.000 3.000 0.40 184 GLY A CA  1
                ATOM   3 C CA  B GLY A 1 ? 1.600 2.100 3.000 0.60 184 GLY A CA  1
                ATOM   4 C C   . GLY A 2 A 2.000 2.000 3.000 1.00 185 GLY A C   1
                HETATM 5 O "O5'" . FMN B . ? 4.000 4.000 4.000 1.00 150 FMN B "O5'" 1
                ATOM   6 N N   . GLY A 1 ? 9.000 9.000 9.000 1.00 184 GLY A N   2
                #
                """);
        Structure s = StructureReader.read(new PathSourceFile(file));
        assertEquals(4, s.atoms().size(), "the B location (higher occupancy) replaces A; model 2 is ignored");
        assertEquals('B', s.atoms().get(1).altLoc());
        assertEquals(new Vec3(1.6, 2.1, 3.0), s.atoms().get(1).position());
        assertEquals(new ResidueId("A", 185, 'A', "GLY"), s.atoms().get(2).residue(), "author numbering and insertion code");
        Atom o5 = s.atoms().get(3);
        assertEquals("O5'", o5.name());
        assertEquals(new ResidueId("B", 150, ' ', "FMN"), o5.residue());
        assertEquals(true, o5.hetero());
    }

    @Test
    void readsTheSameAtomsAsThePdbFileOfTheSameEntry() throws Exception {
        // convert 1aku.pdb's ATOM/HETATM records to an _atom_site loop with fixed-column parsing of our own
        StringBuilder cif = new StringBuilder(HEADER);
        String pdb;
        try (InputStream in = getClass().getResourceAsStream("/misi-sample/plip_pdb/1aku.pdb")) {
            pdb = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (String line : pdb.lines().toList()) {
            if (!line.startsWith("ATOM") && !line.startsWith("HETATM")) {
                continue;
            }
            String name = line.substring(12, 16).trim();
            String quoted = name.contains("'") ? "\"" + name + "\"" : name;
            String alt = line.substring(16, 17).isBlank() ? "." : line.substring(16, 17);
            String icode = line.substring(26, 27).isBlank() ? "?" : line.substring(26, 27);
            cif.append(String.join(" ", line.substring(0, 6).trim(), line.substring(6, 11).trim(),
                    line.substring(76, 78).trim(), quoted, alt, line.substring(17, 20).trim(), line.substring(21, 22),
                    ".", icode, line.substring(30, 38).trim(), line.substring(38, 46).trim(), line.substring(46, 54).trim(),
                    line.substring(54, 60).trim(), line.substring(22, 26).trim(), line.substring(17, 20).trim(),
                    line.substring(21, 22), quoted, "1")).append('\n');
        }
        Path file = Files.writeString(dir.resolve("1aku.cif"), cif.append("#\n").toString());
        Structure fromCif = StructureReader.read(new PathSourceFile(file));
        Structure fromPdb = StructureReader.read(new ClasspathSourceFile("/misi-sample/plip_pdb/1aku.pdb"));
        assertEquals(fromPdb.atoms().size(), fromCif.atoms().size());
        for (int i = 0; i < fromPdb.atoms().size(); i++) {
            Atom p = fromPdb.atoms().get(i);
            Atom c = fromCif.atoms().get(i);
            assertEquals(p.name(), c.name(), "atom " + i);
            assertEquals(p.residue(), c.residue(), "atom " + i);
            assertEquals(p.element(), c.element(), "atom " + i);
            assertEquals(p.position(), c.position(), "atom " + i);
        }
        // and a whole-entry complex prepares from it with the same automatic ligand
        PreparedComplex prepared = ComplexPreparer.prepare(
                new ComplexSource("1aku", InputLayout.WHOLE_ENTRY, List.of(new PathSourceFile(file)), ""), Optional.empty());
        assertEquals("FMN:A:150", prepared.ligandRef());
    }

    @Test
    void aLoopWithAMissingColumnOrAWrongRowLengthIsMalformed() throws Exception {
        Path noX = Files.writeString(dir.resolve("a.cif"), HEADER.replace("_atom_site.Cartn_x\n", "")
                + "ATOM 1 N N . GLY A 1 ? 2.0 3.0 1.0 1 GLY A N 1\n");
        SourceException e = assertThrows(SourceException.class, () -> StructureReader.read(new PathSourceFile(noX)));
        assertEquals(Problem.MALFORMED, e.problem());
        assertEquals("the _atom_site loop has no Cartn_x column", e.reason());
        Path shortRow = Files.writeString(dir.resolve("b.cif"), HEADER + "ATOM 1 N N . GLY A 1\n");
        assertEquals(Problem.MALFORMED,
                assertThrows(SourceException.class, () -> StructureReader.read(new PathSourceFile(shortRow))).problem());
    }
}
