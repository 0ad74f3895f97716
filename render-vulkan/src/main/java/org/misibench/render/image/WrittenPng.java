package org.misibench.render.image;

import java.nio.file.Path;

/**
 * A PNG file that {@link PngWriterPool} has written and renamed into place.
 *
 * @param path   where it now is
 * @param sha256 the SHA-256 of its bytes, lower-case hex: images are content-addressed downstream,
 *               and hashing the bytes already in memory saves reading the file back
 * @param bytes  its size
 */
public record WrittenPng(Path path, String sha256, long bytes) {
}
