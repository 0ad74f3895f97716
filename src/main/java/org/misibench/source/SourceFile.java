package org.misibench.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** One input file of a complex, on disk or on the classpath. */
public interface SourceFile {

    /** The prefix of {@link ClasspathSourceFile#location()}. */
    String CLASSPATH = "classpath:";

    /** Where the file is, as a user would name it in an error message. */
    String location();

    /** The file name without folders, e.g. {@code 1G9V_RQ3_ligand.sdf}. */
    String fileName();

    /** Opens the raw bytes; the caller closes the stream. */
    InputStream open() throws IOException;

    /**
     * The file a {@link #location()} names again, so a location stored by one process (the prepare
     * step) can be read by another (the console): {@code classpath:/…} or a path on disk.
     */
    static SourceFile at(String location) {
        return location.startsWith(CLASSPATH)
                ? new ClasspathSourceFile(location.substring(CLASSPATH.length()))
                : new PathSourceFile(Path.of(location));
    }
}
