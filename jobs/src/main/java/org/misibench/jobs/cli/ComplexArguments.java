package org.misibench.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.LigandRef;
import org.misibench.complex.PreparedComplex;
import org.misibench.source.ComplexSource;
import org.misibench.source.ComplexSourceScanner;
import org.misibench.source.InputLayout;
import org.misibench.source.PathSourceFile;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * How the single-complex commands ({@code hbonds}, {@code render}) name their complex: a PDB
 * entry, a protein file plus {@code --ligand}, or a PDBbind-style folder; {@code --ligand-id}
 * picks the ligand of an entry. A picocli mixin, so both commands parse it the same way.
 */
final class ComplexArguments {

    @Parameters(index = "0", paramLabel = "PATH", description = "PDB entry, protein file, or PDBbind-style folder.")
    Path path;

    @ArgGroup(exclusive = true)
    LigandChoice ligand;

    static final class LigandChoice {
        @Option(names = "--ligand", paramLabel = "FILE", description = "The ligand file (SDF or MOL2) for a protein file.")
        Path file;

        @Option(names = "--ligand-id", paramLabel = "CCD:CHAIN:RESNUM", description = "The ligand of a PDB entry, e.g. FMN:A:150.")
        String id;
    }

    /** Reads and prepares the complex; every problem is a {@link SourceException} or {@link IllegalArgumentException}. */
    PreparedComplex prepare() throws SourceException {
        Optional<LigandRef> ref = ligand == null || ligand.id == null ? Optional.empty() : Optional.of(LigandRef.parse(ligand.id));
        return ComplexPreparer.prepare(source(), ref);
    }

    private ComplexSource source() throws SourceException {
        if (ligand != null && ligand.file != null) {
            if (!Files.isRegularFile(path)) {
                throw new SourceException(path.toString(), Problem.NOT_FOUND, "no such protein file");
            }
            if (!Files.isRegularFile(ligand.file)) {
                throw new SourceException(ligand.file.toString(), Problem.NOT_FOUND, "no such ligand file");
            }
            String id = path.getFileName().toString().replaceAll("(?i)(_protein|_pocket)?\\.pdb(\\.gz)?$", "");
            return new ComplexSource(id, InputLayout.PROTEIN_AND_LIGAND_FILES,
                    List.of(new PathSourceFile(path), new PathSourceFile(ligand.file)), "");
        }
        List<ComplexSource> found = ComplexSourceScanner.scan(path);
        if (found.size() != 1) {
            throw new SourceException(path.toString(), Problem.NO_COMPLEXES,
                    "holds " + found.size() + " complexes; name one complex's folder or file");
        }
        return found.get(0);
    }
}
