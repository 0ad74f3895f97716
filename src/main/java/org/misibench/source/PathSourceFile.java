package org.misibench.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An input file on the local file system. */
public record PathSourceFile(Path path) implements SourceFile {

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public String fileName() {
        return path.getFileName().toString();
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
