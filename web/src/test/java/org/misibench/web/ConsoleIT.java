package org.misibench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.misibench.jobs.users.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's Chromium, headless, against the WAR in WildFly. It
 * clicks the Faces buttons a curator would click and reads what the page then shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        ConsoleData.user("dora", Role.CURATOR);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void runningGenerateFromTheDashboardCompletesAndFillsTheInventory() throws Exception {
        SignIn.open(browser, base, "index.xhtml", "dora");
        assertEquals("Dashboard · MiSI Bench Studio", browser.getTitle());
        assertEquals("not started", browser.findElement(By.id("generate:status")).getText());

        browser.findElement(By.id("generate:run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500)).until(b -> {
            b.findElement(By.id("generate:refresh")).click();
            return b.findElement(By.id("generate:status")).getText().equals("COMPLETED");
        });

        assertTrue(browser.findElement(By.id("generate:executionId")).getText().matches("\\d+"));
        long inventory = Long.parseLong(browser.findElement(By.id("inventoryCount")).getText());
        assertTrue(inventory >= 14, "the 14 bundled complexes are in the inventory, found " + inventory);
        saveScreenshot("dashboard.png");
    }

    private void saveScreenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
