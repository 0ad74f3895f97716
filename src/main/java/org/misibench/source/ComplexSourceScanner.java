package org.misibench.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the complexes under a path on disk, in a stable order (sorted by path), so that the
 * same input always yields the same list:
 * <ul>
 *   <li>a structure file ({@code .pdb}, {@code .ent}, {@code .cif}, optionally {@code .gz}) is a
 *       whole entry;</li>
 *   <li>a folder holding {@code <id>_protein.pdb} or {@code <id>_pocket.pdb} is a PDBbind-style
 *       complex (its ligand file, if missing, is reported when the complex is prepared);</li>
 *   <li>any other folder is searched, its entries in name order.</li>
 * </ul>
 */
public final class ComplexSourceScanner {

    private static final Pattern ENTRY_FILE = Pattern.compile("(?i)(.+)\\.(pdb|ent|cif|mmcif)(\\.gz)?");
    private static final Pattern RECEPTOR_FILE = Pattern.compile("(?i)(.+)_(protein|pocket)\\.pdb(\\.gz)?");
    private static final Pattern LIGAND_FILE = Pattern.compile("(?i)(.+)_ligand\\.(sdf|mol2)(\\.gz)?");

    private ComplexSourceScanner() {
    }

    /** Every complex under {@code input}, or a {@link SourceException} when there is none. */
    public static List<ComplexSource> scan(Path input) throws SourceException {
        if (!Files.exists(input)) {
            throw new SourceException(input.toString(), Problem.NOT_FOUND, "no such file or folder");
        }
        List<ComplexSource> found = new ArrayList<>();
        try {
            collect(input, found);
        } catch (IOException e) {
            throw new SourceException(input.toString(), Problem.UNREADABLE, "cannot list: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new SourceException(input.toString(), Problem.NO_COMPLEXES,
                    "no complexes found (expected PDB/mmCIF entries or <id>_protein.pdb + <id>_ligand.sdf folders)");
        }
        return found;
    }

    private static void collect(Path path, List<ComplexSource> found) throws IOException {
        if (Files.isRegularFile(path)) {
            entry(path).ifPresent(found::add);
            return;
        }
        if (!Files.isDirectory(path)) {
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(path)) {
            children = list.sorted().toList();
        }
        Optional<ComplexSource> folderComplex = receptorAndLigand(children);
        if (folderComplex.isPresent()) {
            found.add(folderComplex.get());
            return;
        }
        for (Path child : children) {
            collect(child, found);
        }
    }

    private static Optional<ComplexSource> entry(Path file) {
        Matcher m = ENTRY_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ComplexSource(m.group(1), InputLayout.WHOLE_ENTRY, List.of(new PathSourceFile(file)), ""));
    }

    /** A folder with a receptor file: the full protein is preferred over a pre-cut pocket. */
    private static Optional<ComplexSource> receptorAndLigand(List<Path> children) {
        Path receptor = null;
        String id = null;
        for (Path child : children) {
            Matcher m = RECEPTOR_FILE.matcher(child.getFileName().toString());
            if (Files.isRegularFile(child) && m.matches()
                    && (receptor == null || m.group(2).equalsIgnoreCase("protein"))) {
                receptor = child;
                id = m.group(1);
            }
        }
        if (receptor == null) {
            return Optional.empty();
        }
        List<SourceFile> files = new ArrayList<>();
        files.add(new PathSourceFile(receptor));
        Path ligand = null;
        for (Path child : children) {
            Matcher m = LIGAND_FILE.matcher(child.getFileName().toString());
            // the SDF is used when both an SDF and a MOL2 exist: its bond orders are more reliable
            if (Files.isRegularFile(child) && m.matches() && m.group(1).equals(id)
                    && (ligand == null || m.group(2).equalsIgnoreCase("sdf"))) {
                ligand = child;
            }
        }
        if (ligand != null) {
            files.add(new PathSourceFile(ligand));
        }
        return Optional.of(new ComplexSource(id, InputLayout.PROTEIN_AND_LIGAND_FILES, files, ""));
    }
}
