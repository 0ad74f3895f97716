package org.misibench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.misibench.jobs.review.ReviewDecision;
import org.misibench.jobs.review.ReviewState;
import org.misibench.jobs.review.ReviewStore;
import org.misibench.jobs.users.Role;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin side of the console in a real browser (Debian's Chromium, headless, against the WAR
 * in WildFly): the jobs page starts a job that runs to completion, stops one and restarts it,
 * quarantined input is listed, the releases page freezes approved items into releases and compares
 * two, the dashboard counts and draws; a curator reaches none of the admin pages. Also takes the docs' screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    private static final Pattern STARTED = Pattern.compile("execution (\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        ConsoleData.user("ada", Role.ADMIN);
        ConsoleData.user("cora", Role.CURATOR);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdminStartsPrepareOnTheJobsPageSeesItCompleteAndItsQuarantinedInput() throws Exception {
        SignIn.open(browser, base, "admin/jobs.xhtml", "ada");
        assertEquals("Jobs · MiSI Bench Studio", browser.getTitle());

        long sample = start("prepare", "sample");
        assertEquals("COMPLETED", awaitEnd(sample));
        long inventory = Long.parseLong(open("index.xhtml").findElement(By.id("inventoryCount")).getText());
        assertTrue(inventory >= 14, "the 14 bundled complexes are in the inventory, found " + inventory);

        // one good complex and one whose ligand file is broken: the job completes, the bad one is quarantined
        Path input = ConsoleData.dir().resolve("input-" + System.nanoTime());
        Path sampleDir = Path.of("../src/main/resources/misi-sample/posebusters/7C6P_SQH");
        Files.createDirectories(input.resolve("7C6P_SQH"));
        Files.copy(sampleDir.resolve("7C6P_SQH_protein.pdb"), input.resolve("7C6P_SQH/7C6P_SQH_protein.pdb"));
        Files.copy(sampleDir.resolve("7C6P_SQH_ligand.sdf"), input.resolve("7C6P_SQH/7C6P_SQH_ligand.sdf"));
        Files.createDirectories(input.resolve("9BAD_XXX"));
        Files.copy(sampleDir.resolve("7C6P_SQH_protein.pdb"), input.resolve("9BAD_XXX/9BAD_XXX_protein.pdb"));
        Files.writeString(input.resolve("9BAD_XXX/9BAD_XXX_ligand.sdf"), "9BAD\n  RDKit\n\n  x  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n");

        open("admin/jobs.xhtml");
        long bad = start("prepare", input.toString());
        assertEquals("COMPLETED", awaitEnd(bad));
        WebElement quarantine = open("admin/jobs.xhtml").findElement(By.id("quarantine"));
        String row = quarantine.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith("9BAD_XXX")).findFirst().orElseThrow(() -> new AssertionError(quarantine.getText()));
        assertTrue(row.contains("prepare-complexes") && row.contains("MALFORMED") && row.contains("broken counts line"), row);
        screenshot("console-jobs.png", 1100);

        // a bad parameter is refused on the page, nothing starts
        new Select(browser.findElement(By.id("start:job"))).selectByValue("prepare");
        WebElement in = browser.findElement(By.id("start:input"));
        in.clear();
        in.sendKeys("../../etc");
        browser.findElement(By.id("start:go")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("messages")).getText().startsWith("Not started"));
    }

    @Test
    void aFailedJobIsRestartedFromTheJobsPageOnceItsInputIsThere() throws Exception {
        Path input = ConsoleData.dir().resolve("late-input-" + System.nanoTime());
        SignIn.open(browser, base, "admin/jobs.xhtml", "ada");
        long failed = start("prepare", input.toString());
        assertEquals("FAILED", awaitEnd(failed));

        Path sampleDir = Path.of("../src/main/resources/misi-sample/posebusters/7BLA_WCS");
        Files.createDirectories(input.resolve("7BLA_WCS"));
        Files.copy(sampleDir.resolve("7BLA_WCS_protein.pdb"), input.resolve("7BLA_WCS/7BLA_WCS_protein.pdb"));
        Files.copy(sampleDir.resolve("7BLA_WCS_ligand.sdf"), input.resolve("7BLA_WCS/7BLA_WCS_ligand.sdf"));
        browser.findElement(By.cssSelector("#execution-" + failed + " input[value=Restart]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("messages")).getText().startsWith("Restarted run"));
        Matcher m = STARTED.matcher(browser.findElement(By.id("messages")).getText());
        assertTrue(m.find());
        long restarted = Long.parseLong(m.group(1));
        assertEquals("COMPLETED", awaitEnd(restarted));
        assertTrue(browser.findElements(By.cssSelector("#execution-" + failed + " input[value=Restart]")).isEmpty(),
                "only the latest execution of a run can be restarted");
    }

    /**
     * Stop and Restart on the jobs page. The advanced "slow down" field makes each of the 14 bundled
     * complexes wait 1.5 s (about 20 s in all), so the job is surely still running when Stop is clicked;
     * the restart takes the same parameters and runs the rest in the same job instance (Run column).
     */
    @Test
    void anAdminStopsARunningJobAndRestartsItToCompletionInTheSameRun() throws Exception {
        SignIn.open(browser, base, "admin/jobs.xhtml", "ada");
        new Select(browser.findElement(By.id("start:job"))).selectByValue("prepare");
        browser.findElement(By.cssSelector("#advanced summary")).click();
        browser.findElement(By.id("start:slowdown")).sendKeys("1500");
        long stopped = start("prepare", "sample");
        String run = cell(stopped, "td:nth-child(2)");

        // the page reloads itself every 3 s while a job runs: find and click the button on whichever copy is shown
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(b -> {
                    b.findElement(By.cssSelector("#execution-" + stopped + " input[value=Stop]")).click();
                    return true;
                });
        Alert confirm = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertEquals("Stop execution " + stopped + "?", confirm.getText());
        confirm.accept();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("messages")).getText().equals("Stopping execution " + stopped + "."));
        assertEquals("STOPPED", awaitEnd(stopped));

        browser.findElement(By.cssSelector("#execution-" + stopped + " input[value=Restart]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("messages")).getText().startsWith("Restarted run " + run + " as execution"));
        Matcher m = STARTED.matcher(browser.findElement(By.id("messages")).getText());
        assertTrue(m.find());
        long restarted = Long.parseLong(m.group(1));
        assertTrue(restarted > stopped, restarted + " after " + stopped);
        assertEquals("COMPLETED", awaitEnd(restarted));
        assertEquals(run, cell(restarted, "td:nth-child(2)"), "the restart continues the same job instance");
        assertEquals("STOPPED", cell(stopped, ".status"), "the stopped execution stays listed as it ended");
        assertTrue(browser.findElements(By.cssSelector("#execution-" + stopped + " input")).isEmpty(),
                "a stopped execution that was restarted offers neither Stop nor Restart");
    }

    @Test
    void freezingAReleaseExportsTheApprovedItemsListsItAndComparesWithTheNext() throws Exception {
        ReviewStore reviews = new ReviewStore(ConsoleData.db());
        String first = ConsoleData.translationItem("9r" + System.nanoTime() % 100_000, "test");
        String second = ConsoleData.translationItem("9r" + System.nanoTime() % 100_000, "train");
        reviews.decide(new ReviewDecision(first, 0, ReviewState.APPROVED, null), "cora");
        String v1 = "it-" + System.nanoTime() % 1_000_000 + ".1";
        String v2 = v1.replace(".1", ".2");

        SignIn.open(browser, base, "admin/releases.xhtml", "ada");
        assertEquals("Releases · MiSI Bench Studio", browser.getTitle());
        freeze(v1);
        Path folder = ConsoleData.dir().resolve("releases").resolve(v1);
        assertTrue(Files.isRegularFile(folder.resolve("SHA256SUMS")), "the release folder " + folder);
        assertTrue(Files.readString(folder.resolve("items/T1_test.jsonl")).contains(first));
        String row = browser.findElement(By.id("release-" + v1)).getText();
        assertTrue(row.contains("ada") && row.contains("approved"), row);

        reviews.decide(new ReviewDecision(second, 0, ReviewState.APPROVED, null), "cora");
        freeze(v2);

        // a release name is never used twice
        freezeClick(v1);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("messages")).getText().contains("already a release"));

        new Select(browser.findElement(By.id("compare:from"))).selectByValue(v1);
        new Select(browser.findElement(By.id("compare:to"))).selectByValue(v2);
        browser.findElement(By.id("compare:go")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(By.id("diff-summary")).isEmpty());
        assertEquals("From " + v1 + " to " + v2 + ": 1 added, 0 removed, 0 changed.",
                browser.findElement(By.id("diff-summary")).getText());
        assertEquals(List.of(second), browser.findElements(By.cssSelector("#added li")).stream().map(WebElement::getText).toList());
        screenshot("console-releases.png", 1300);
    }

    @Test
    void aCuratorReachesNeitherTheJobsNorTheReleasesPageNorTheJobsApi() throws Exception {
        SignIn.open(browser, base, "index.xhtml", "cora");
        assertEquals("Dashboard · MiSI Bench Studio", browser.getTitle());
        assertTrue(browser.findElements(By.id("nav-jobs")).isEmpty() && browser.findElements(By.id("nav-releases")).isEmpty());
        assertTrue(browser.findElements(By.id("to-jobs")).isEmpty());
        browser.get(new URL(base, "admin/jobs.xhtml").toString());
        assertTrue(browser.findElements(By.id("executions")).isEmpty());
        String cookie = SignIn.sessionCookie(browser);
        assertEquals(403, HandRequests.get(base, "admin/jobs.xhtml", cookie).statusCode());
        assertEquals(403, HandRequests.get(base, "admin/releases.xhtml", cookie).statusCode());
        assertEquals(403, HandRequests.post(base, "admin/releases.xhtml", cookie, "freeze=freeze&freeze%3Aname=stolen"
                + "&freeze%3Ago=Freeze&jakarta.faces.ViewState=stateless").statusCode());
        assertEquals(403, HandRequests.post(base, "api/jobs/prepare", cookie, "").statusCode());
        assertTrue(Files.notExists(ConsoleData.dir().resolve("releases").resolve("stolen")));
    }

    /** docs/console-dashboard.png: a run part-way through review. */
    @Test
    void theDashboardCountsPerTaskSplitAndStateAndDrawsTheCharts() throws Exception {
        RealisticRun.write(41, 12);
        SignIn.open(browser, base, "index.xhtml", "ada");
        long items = Long.parseLong(browser.findElement(By.id("itemCount")).getText().replace(",", ""));
        assertTrue(items >= 12 * 9 * 3, "the run's items are counted: " + items);
        assertEquals(9, browser.findElements(By.cssSelector("#counts tbody tr")).size());
        assertEquals(9, browser.findElements(By.cssSelector(".charts svg")).size(), "an answer chart per task");
        assertTrue(browser.findElements(By.cssSelector("#runs a")).stream().anyMatch(a -> a.getText().equals(String.valueOf(ConsoleData.run(41)))));
        // every count links to the queue filtered to it
        WebElement link = browser.findElement(By.cssSelector("#task-T4 a.count-link"));
        String expected = link.getText();
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getTitle().startsWith("Review queue"));
        assertTrue(browser.getCurrentUrl().contains("task=T4") && browser.getCurrentUrl().contains("split=train"));
        String matching = browser.findElement(By.id("matching")).getText();
        assertTrue(matching.startsWith(expected + " item"), expected + " vs " + matching);
        open("index.xhtml");
        screenshot("console-dashboard.png", 1750);
    }

    private long start(String job, String input) {
        new Select(browser.findElement(By.id("start:job"))).selectByValue(job);
        WebElement in = browser.findElement(By.id("start:input"));
        in.clear();
        in.sendKeys(input);
        browser.findElement(By.id("start:go")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("messages")).getText().startsWith("Started " + job));
        Matcher m = STARTED.matcher(browser.findElement(By.id("messages")).getText());
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    /** The text of {@code cell} (a CSS selector) in the execution's row, read again if the page reloads meanwhile. */
    private String cell(long execution, String cell) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.cssSelector("#execution-" + execution + " " + cell)).getText());
    }

    /** Reloads the jobs page until the execution's row shows an end status; returns it. */
    private String awaitEnd(long execution) {
        String[] status = {""};
        new WebDriverWait(browser, Duration.ofSeconds(180)).pollingEvery(Duration.ofSeconds(1))
                .ignoring(StaleElementReferenceException.class).until(b -> {
                    b.get(url("admin/jobs.xhtml"));
                    status[0] = b.findElement(By.cssSelector("#execution-" + execution + " .status")).getText();
                    return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status[0]);
                });
        return status[0];
    }

    private void freeze(String name) {
        freezeClick(name);
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1))
                .ignoring(StaleElementReferenceException.class).until(b -> {
                    if (!b.findElements(By.id("release-" + name)).isEmpty()) {
                        return true;
                    }
                    assertTrue(!b.findElement(By.tagName("body")).getText().contains("FAILED"), b.findElement(By.tagName("body")).getText());
                    b.findElement(By.id("freeze:refresh")).click();
                    return false;
                });
    }

    private void freezeClick(String name) {
        WebElement field = browser.findElement(By.id("freeze:name"));
        field.clear();
        field.sendKeys(name);
        browser.findElement(By.id("freeze:go")).click();
        browser.switchTo().alert().accept();
    }

    private WebDriver open(String page) {
        browser.get(url(page));
        return browser;
    }

    private String url(String page) {
        try {
            return new URL(base, page).toString();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void screenshot(String name, int height) throws Exception {
        browser.manage().window().setSize(new Dimension(1280, height));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
