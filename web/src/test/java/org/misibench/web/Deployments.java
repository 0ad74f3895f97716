package org.misibench.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it: integration tests deploy what users deploy. */
public final class Deployments {

    /**
     * Arquillian runs in-container tests through a servlet it adds to the WAR. The WAR requires
     * sign-in for every URL, so only in-container test deployments add this fragment, which opens
     * that one servlet path (an exact pattern beats the WAR's "/*").
     */
    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>arquillian_test_runner_open</name>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>arquillian test runner</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    public static WebArchive packagedWar() {
        File war = new File("target/misi.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the tests through 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** {@link #packagedWar()} plus the fragment that lets Arquillian's in-container runner through. */
    public static WebArchive packagedWarForInContainerTests() {
        JavaArchive fragment = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml");
        return packagedWar().addAsLibrary(fragment);
    }
}
