package org.misibench.jobs.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every job XML is named after its job id, and every artifact {@code ref} in it names a
 * {@code @Named} class of this module by its decapitalised simple name, so a renamed class
 * breaks this test instead of a job at run time.
 */
class JobXmlRefsTest {

    private static final Path JOBS = Path.of("src/main/resources/META-INF/batch-jobs");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyJobFileIsNamedAfterItsJobAndEveryRefResolves() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(JOBS)) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "job XML files in " + JOBS);
        for (Path file : files) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            String id = doc.getDocumentElement().getAttribute("id");
            assertEquals(file.getFileName().toString(), id + ".xml", "job file name = job id");
            NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                String ref = ((Element) all.item(i)).getAttribute("ref");
                if (!ref.isEmpty()) {
                    Class<?> artifact = artifactClass(ref);
                    assertTrue(artifact.isAnnotationPresent(Named.class), artifact + " is @Named");
                }
            }
        }
    }

    private static Class<?> artifactClass(String ref) throws IOException, ClassNotFoundException {
        String simpleName = Character.toUpperCase(ref.charAt(0)) + ref.substring(1) + ".class";
        List<Path> matches = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            walk.filter(p -> p.getFileName().toString().equals(simpleName)).forEach(matches::add);
        }
        assertEquals(1, matches.size(), "exactly one class for ref '" + ref + "': " + matches);
        String binaryName = CLASSES.relativize(matches.get(0)).toString()
                .replace('/', '.').replaceAll("\\.class$", "");
        return Class.forName(binaryName);
    }
}
