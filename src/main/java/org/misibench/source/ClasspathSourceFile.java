package org.misibench.source;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/** An input file bundled as a classpath resource (the sample complexes). */
public record ClasspathSourceFile(String resource) implements SourceFile {

    public ClasspathSourceFile {
        if (!resource.startsWith("/")) {
            throw new IllegalArgumentException("classpath resources are absolute: " + resource);
        }
    }

    @Override
    public String location() {
        return CLASSPATH + resource;
    }

    @Override
    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    @Override
    public InputStream open() throws IOException {
        InputStream in = ClasspathSourceFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new FileNotFoundException(location());
        }
        return in;
    }
}
