package org.misibench.release;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts each image an item needs into the release's {@code images/} once, as {@code <sha256>.png}.
 *
 * <p>Images are hard-linked from the image store when the file system allows: a release of thousands
 * of items would otherwise double the disk used, and the store never rewrites a file (it is written
 * under a temporary name and renamed), so the shared bytes cannot change under the release. Where a
 * link is refused (another file system, a store owned by someone else) the file is copied, and every
 * later image too, rather than asking again per image.
 */
final class ImageCopier {

    private final Path store;
    private final Path images;
    private final Set<String> done = new HashSet<>();
    private boolean linking = true;

    /**
     * @param store  the image store: a folder of {@code <sha256>.png}
     * @param images the release's {@code images/} folder (created here)
     */
    ImageCopier(Path store, Path images) throws IOException {
        this.store = store;
        this.images = Files.createDirectories(images);
    }

    /** Adds the images of item {@code itemId} not added yet; a missing one is an error naming item and file. */
    void add(String itemId, List<String> sha256s) throws IOException {
        for (String sha : sha256s) {
            if (done.contains(sha)) {
                continue;
            }
            Path source = store.resolve(sha + ".png");
            if (!Files.isRegularFile(source)) {
                throw new NoSuchFileException(source.toString(), null, "image " + sha + " of item " + itemId
                        + " is missing from the image store");
            }
            place(source, images.resolve(sha + ".png"));
            done.add(sha);
        }
    }

    private void place(Path source, Path target) throws IOException {
        if (linking) {
            try {
                Files.createLink(target, source);
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                linking = false;
            }
        }
        Files.copy(source, target);
    }

    /** Distinct images added. */
    int count() {
        return done.size();
    }

    /**
     * Checks that every {@code images/<sha256>.png} hashes to its name, given the digests of the release's
     * files by relative path: a damaged store must not produce a release whose names lie (the sums
     * would still pass, since they are computed from the same damaged bytes).
     */
    static void checkNames(Map<String, String> digests) throws IOException {
        for (Map.Entry<String, String> e : digests.entrySet()) {
            String path = e.getKey();
            if (path.startsWith("images/") && path.endsWith(".png")) {
                String named = path.substring("images/".length(), path.length() - ".png".length());
                if (!named.equals(e.getValue())) {
                    throw new IOException("image store file " + named + ".png is damaged: its bytes hash to " + e.getValue());
                }
            }
        }
    }
}
