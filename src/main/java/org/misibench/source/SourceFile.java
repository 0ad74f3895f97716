package org.misibench.source;

import java.io.IOException;
import java.io.InputStream;

/** One input file of a complex, on disk or on the classpath. */
public interface SourceFile {

    /** Where the file is, as a user would name it in an error message. */
    String location();

    /** The file name without folders, e.g. {@code 1G9V_RQ3_ligand.sdf}. */
    String fileName();

    /** Opens the raw bytes; the caller closes the stream. */
    InputStream open() throws IOException;
}
