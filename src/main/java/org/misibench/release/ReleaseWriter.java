package org.misibench.release;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a release folder in the layout of {@code docs/release-format.md} from items in any order.
 *
 * <p>Two passes. While the items stream in, each one's images are linked into {@code images/} (a
 * missing image fails at once, naming the item) and its JSON line and TSV row are spooled per task
 * and split ({@link ItemSpool}). Then each task/split file is written in id order, so the bytes do not
 * depend on the order the database returned, and the card, manifest and sums follow. All of it happens
 * in a {@link StagingFolder} that is renamed onto the target only when complete, and removed on failure.
 */
public final class ReleaseWriter {

    static final String[] SPLITS = {"train", "test"};

    private ReleaseWriter() {
    }

    /** Writes the release into {@code folder} (must not exist: releases are immutable) from items in any order. */
    public static ReleaseSummary write(Path folder, ReleaseInfo info, Iterator<ReleaseItem> items, Path imagesFolder)
            throws IOException {
        // checked first so a clash fails before any work; publish() checks again, atomically
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "a release is never overwritten");
        }
        return build(folder, info, items, imagesFolder, false);
    }

    /**
     * Same, but replaces an existing folder (drafts only). To keep a mistyped path from wiping something
     * else, the folder replaced must be a release (it has a {@code manifest.json}) or empty.
     */
    public static ReleaseSummary writeReplacing(Path folder, ReleaseInfo info, Iterator<ReleaseItem> items,
                                                Path imagesFolder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !replaceable(folder)) {
            throw new IOException(folder + " is not a release (no manifest.json) and not empty: refusing to replace it");
        }
        return build(folder, info, items, imagesFolder, true);
    }

    private static boolean replaceable(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(folder.resolve("manifest.json"))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static ReleaseSummary build(Path folder, ReleaseInfo info, Iterator<ReleaseItem> items, Path imagesFolder,
                                        boolean replacing) throws IOException {
        if (!Files.isDirectory(imagesFolder)) {
            throw new NoSuchFileException(imagesFolder.toString(), null, "the image store is not a folder");
        }
        StagingFolder staging = StagingFolder.beside(folder);
        try {
            ReleaseSummary summary = fill(staging.path(), folder, info, items, imagesFolder);
            if (replacing) {
                staging.publishReplacing();
            } else {
                staging.publish();
            }
            return summary;
        } catch (Throwable t) {
            try {
                staging.discard();
            } catch (IOException | RuntimeException cleanup) {
                t.addSuppressed(cleanup);
            }
            throw t;
        }
    }

    private static ReleaseSummary fill(Path root, Path folder, ReleaseInfo info, Iterator<ReleaseItem> items,
                                       Path imagesFolder) throws IOException {
        ImageCopier images = new ImageCopier(imagesFolder, root.resolve("images"));
        Path scratch = Files.createDirectory(root.resolve(".spool"));
        Map<String, ItemSpool> spools = new TreeMap<>();
        try {
            while (items.hasNext()) {
                ReleaseItem item = items.next();
                images.add(item.id(), item.imageSha256s());
                String row = VlmEvalKitTsv.row(item);
                ItemSpool spool = spools.get(item.fileStem());
                if (spool == null) {
                    spool = new ItemSpool(scratch.resolve(item.fileStem()));
                    spools.put(item.fileStem(), spool);
                }
                spool.add(item.id(), item.json(), row);
            }
            for (Map.Entry<String, ItemSpool> e : spools.entrySet()) {
                writeSorted(root, e.getKey(), e.getValue());
            }
        } finally {
            for (ItemSpool spool : spools.values()) {
                spool.close();
            }
        }
        StagingFolder.deleteTree(scratch);

        Map<String, Map<String, Integer>> counts = counts(spools);
        int total = spools.values().stream().mapToInt(ItemSpool::size).sum();
        Files.writeString(root.resolve("manifest.json"), Manifest.json(info, counts, total, images.count()),
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("README.md"), DatasetCard.markdown(info, counts, total, images.count()),
                StandardCharsets.UTF_8);
        Map<String, String> digests = Sha256Sums.digests(root);
        ImageCopier.checkNames(digests);
        Sha256Sums.write(root, digests);
        return new ReleaseSummary(folder, counts, total, images.count());
    }

    /** {@code items/<stem>.jsonl} and {@code vlmevalkit/<stem>.tsv}, both in id order. */
    private static void writeSorted(Path root, String stem, ItemSpool spool) throws IOException {
        Path jsonl = Files.createDirectories(root.resolve("items")).resolve(stem + ".jsonl");
        Path tsv = Files.createDirectories(root.resolve("vlmevalkit")).resolve(stem + ".tsv");
        try (BufferedWriter items = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
             BufferedWriter rows = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            rows.write(VlmEvalKitTsv.HEADER);
            int[] index = {0};
            spool.forEachSorted((id, json, row) -> {
                items.write(json);
                items.write('\n');
                rows.write(VlmEvalKitTsv.line(index[0]++, row));
            });
        }
    }

    /** Items per task (all nine) and split (both), zeros included, in task and split order. */
    private static Map<String, Map<String, Integer>> counts(Map<String, ItemSpool> spools) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (int n = 1; n <= 9; n++) {
            Map<String, Integer> bySplit = new LinkedHashMap<>();
            for (String split : SPLITS) {
                ItemSpool spool = spools.get("T" + n + "_" + split);
                bySplit.put(split, spool == null ? 0 : spool.size());
            }
            counts.put("T" + n, Collections.unmodifiableMap(bySplit));
        }
        return Collections.unmodifiableMap(counts);
    }
}
