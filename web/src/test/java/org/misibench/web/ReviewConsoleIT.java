package org.misibench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The curator console in headless Chromium against the WAR in WildFly: sign-in, roles, the
 * queue's filters, the item page and its decisions (keyboard included), the optimistic-locking
 * conflict of two sessions, and output escaping. Users, items and images are written into the
 * server's own database file and data folder, as the runner writes them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewConsoleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void users() throws Exception {
        ConsoleData.user("cora", Role.CURATOR);
        ConsoleData.user("ben", Role.CURATOR);
        ConsoleData.user("ada", Role.ADMIN);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private WebDriver browser() throws Exception {
        WebDriver b = HeadlessChromium.start();
        browsers.add(b);
        return b;
    }

    @Test
    void everyPageNeedsSignInAndAWrongPasswordIsRefused() throws Exception {
        WebDriver b = browser();
        b.get(new URL(base, "queue.xhtml").toString());
        assertEquals("Sign in · MiSI Bench Studio", b.getTitle());

        SignIn.open(b, base, "queue.xhtml", "cora", "not-her-password");
        assertEquals("Wrong user name or password.", b.findElement(By.id("signin-failed")).getText());

        SignIn.open(b, base, "queue.xhtml", "cora");
        assertEquals("Review queue · MiSI Bench Studio", b.getTitle());
        assertTrue(b.findElement(By.cssSelector(".who")).getText().startsWith("cora"));
        assertTrue(b.findElements(By.id("nav-users")).isEmpty(), "curators see no admin link");

        b.findElement(By.id("session:signOut")).click();
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Sign in"));
        b.get(new URL(base, "queue.xhtml").toString());
        assertEquals("Sign in · MiSI Bench Studio", b.getTitle());
    }

    @Test
    void aCuratorIsRefusedTheAdminPagesTheAdminApiAndAHandPostedForm() throws Exception {
        WebDriver curator = browser();
        SignIn.open(curator, base, "queue.xhtml", "cora");
        curator.get(new URL(base, "admin/users.xhtml").toString());
        assertTrue(curator.findElements(By.id("users")).isEmpty());
        String cookie = SignIn.sessionCookie(curator);
        assertEquals(403, get("admin/users.xhtml", cookie).statusCode());
        assertEquals(403, get("api/admin/users", cookie).statusCode());
        assertEquals(403, post("admin/users.xhtml", cookie, "add=add&add%3Ausername=mallory&add%3Apassword=takeover123"
                + "&add%3Arole=admin&add%3Asave=Save&jakarta.faces.ViewState=stateless").statusCode());
        assertTrue(new org.misibench.jobs.users.UserStore(ConsoleData.db()).list().stream()
                .noneMatch(u -> u.username().equals("mallory")));

        WebDriver admin = browser();
        SignIn.open(admin, base, "admin/users.xhtml", "ada");
        assertEquals("Users · MiSI Bench Studio", admin.getTitle());
        assertTrue(admin.findElement(By.id("users")).getText().contains("cora"));
        HttpResponse<String> api = get("api/admin/users", SignIn.sessionCookie(admin));
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"username\":\"cora\",\"role\":\"curator\""), api.body());
        // an admin is a curator too: the queue opens
        admin.get(new URL(base, "queue.xhtml").toString());
        assertEquals("Review queue · MiSI Bench Studio", admin.getTitle());

        // an admin adds a curator on the page (bcrypt by the server's Elytron module), who can then sign in
        String newcomer = "nina" + System.nanoTime() % 100_000;
        admin.get(new URL(base, "admin/users.xhtml").toString());
        admin.findElement(By.id("add:username")).sendKeys(newcomer);
        admin.findElement(By.id("add:password")).sendKeys("first-day-at-work");
        admin.findElement(By.id("add:save")).click();
        new WebDriverWait(admin, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("users")).getText().contains(newcomer));
        WebDriver nina = browser();
        SignIn.open(nina, base, "queue.xhtml", newcomer, "first-day-at-work");
        assertEquals("Review queue · MiSI Bench Studio", nina.getTitle());
    }

    @Test
    void theQueueFiltersByTaskSplitStateAndComplex() throws Exception {
        String complex = "9q" + System.nanoTime() % 100_000;
        for (int task = 1; task <= 9; task++) {
            ConsoleData.plainItem(task, complex, "train", 3);
        }
        String testT2 = ConsoleData.plainItem(2, complex, "test", 3);
        String flaggedT2 = ConsoleData.plainItem(2, complex, "test", 3);
        new ReviewStore(ConsoleData.db()).decide(new ReviewDecision(flaggedT2, 0, ReviewState.FLAGGED, "labels overlap"), "ben");

        WebDriver b = browser();
        SignIn.open(b, base, "queue.xhtml", "cora");
        b.findElement(By.id("complex")).sendKeys(complex);
        apply(b);
        assertEquals("11 items", b.findElement(By.id("matching")).getText());

        new Select(b.findElement(By.id("task"))).selectByValue("T2");
        new Select(b.findElement(By.id("split"))).selectByValue("test");
        apply(b);
        assertEquals("2 items", b.findElement(By.id("matching")).getText());
        assertEquals("T2", new Select(b.findElement(By.id("task"))).getFirstSelectedOption().getText(), "the filter stays shown");

        new Select(b.findElement(By.id("state"))).selectByValue("pending");
        apply(b);
        assertEquals(List.of(testT2), itemIds(b));
        assertTrue(b.getCurrentUrl().contains("state=pending") && b.getCurrentUrl().contains("task=T2"), b.getCurrentUrl());

        b.get(new URL(base, "queue.xhtml?run=seven").toString());
        assertTrue(b.findElement(By.id("messages")).getText().contains("run 'seven'"));
    }

    /**
     * Saved filters: a curator saves the shown filter under a name (markup in it stays text), sees it
     * listed with its live count, follows it, and deletes it; another curator sees none of it and
     * cannot delete it, also not with a form whose filter id was changed by hand.
     */
    @Test
    void aCuratorSavesAFilterFollowsItAndDeletesItAndNobodyElseSeesIt() throws Exception {
        String complex = "9v" + System.nanoTime() % 100_000;
        List<String> pendingT2 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pendingT2.add(ConsoleData.plainItem(2, complex, "train", 3));
        }
        ConsoleData.plainItem(3, complex, "train", 3);
        String name = "<b>T2</b> to do & \"mine\" " + complex;

        WebDriver cora = browser();
        SignIn.open(cora, base, "queue.xhtml?task=T2&state=pending&complex=" + complex, "cora");
        assertEquals("3 items", cora.findElement(By.id("matching")).getText());
        cora.findElement(By.id("save-filter:name")).sendKeys(name);
        cora.findElement(By.id("save-filter:save")).click();
        waitForMessage(cora, "Saved the filter as '" + name + "'.");
        assertTrue(cora.getCurrentUrl().contains("task=T2") && cora.getCurrentUrl().contains("complex=" + complex),
                "back on the same queue: " + cora.getCurrentUrl());
        assertEquals("3 items", cora.findElement(By.id("matching")).getText());
        WebElement saved = savedFilter(cora, name);
        assertEquals("3", saved.findElement(By.className("saved-count")).getText());
        assertTrue(saved.findElements(By.tagName("b")).isEmpty(), "the name's markup is text");
        assertTrue(cora.getPageSource().contains("&lt;b&gt;T2&lt;/b&gt; to do &amp;"));

        // the same name in another case, and no name, are refused; the queue stays as it was
        cora.findElement(By.id("save-filter:name")).sendKeys(name.toUpperCase());
        cora.findElement(By.id("save-filter:save")).click();
        waitForMessage(cora, "Not saved: you already have a saved filter named '" + name.toUpperCase() + "'");
        assertEquals("3 items", cora.findElement(By.id("matching")).getText());
        cora.findElement(By.id("save-filter:name")).clear();
        cora.findElement(By.id("save-filter:save")).click();
        waitForMessage(cora, "Not saved: a saved filter needs a name");

        // the count is live: one of the three is decided elsewhere, and the link now counts 2
        new ReviewStore(ConsoleData.db()).decide(new ReviewDecision(pendingT2.get(0), 0, ReviewState.APPROVED, null), "ben");
        cora.get(new URL(base, "queue.xhtml").toString());
        assertEquals("2", savedFilter(cora, name).findElement(By.className("saved-count")).getText());
        WebElement old = cora.findElement(By.id("queue"));
        savedFilter(cora, name).findElement(By.className("saved-link")).click();
        new WebDriverWait(cora, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old));
        assertEquals("2 items", cora.findElement(By.id("matching")).getText());
        assertEquals(pendingT2.subList(1, 3).stream().sorted().toList(), itemIds(cora));
        assertEquals("T2", new Select(cora.findElement(By.id("task"))).getFirstSelectedOption().getText());
        assertEquals("pending", new Select(cora.findElement(By.id("state"))).getFirstSelectedOption().getText());
        assertEquals(complex, cora.findElement(By.id("complex")).getAttribute("value"));

        // ben has his own list; cora's filter is not in it, and a delete form aimed at it by hand deletes nothing
        long corasId = new org.misibench.jobs.review.SavedFilterStore(ConsoleData.db()).list("cora").stream()
                .filter(f -> f.name().equals(name)).findFirst().orElseThrow().id();
        WebDriver ben = browser();
        SignIn.open(ben, base, "queue.xhtml?task=T3&complex=" + complex, "ben");
        assertTrue(ben.findElements(By.linkText(name)).isEmpty(), "another curator's filter is not listed");
        ben.findElement(By.id("save-filter:name")).sendKeys("T3 of " + complex);
        ben.findElement(By.id("save-filter:save")).click();
        waitForMessage(ben, "Saved the filter as 'T3 of " + complex + "'.");
        WebElement bens = savedFilter(ben, "T3 of " + complex);
        ((JavascriptExecutor) ben).executeScript("arguments[0].value = arguments[1]",
                bens.findElement(By.cssSelector("input[name=savedFilter]")), Long.toString(corasId));
        bens.findElement(By.cssSelector("input[type=submit]")).click();
        waitForMessage(ben, "Not deleted: you have no saved filter " + corasId);
        assertTrue(new org.misibench.jobs.review.SavedFilterStore(ConsoleData.db()).list("cora").stream()
                .anyMatch(f -> f.id() == corasId), "cora's filter is still there");

        // cora deletes it herself
        savedFilter(cora, name).findElement(By.cssSelector("input[type=submit]")).click();
        waitForMessage(cora, "Deleted the saved filter.");
        assertTrue(cora.findElements(By.linkText(name)).isEmpty());
        assertEquals("2 items", cora.findElement(By.id("matching")).getText(), "still on the filter she had open");
    }

    /** The saved-filter entry whose link reads {@code name}. */
    private static WebElement savedFilter(WebDriver b, String name) {
        return b.findElements(By.cssSelector("#saved-filters li.saved-filter")).stream()
                .filter(li -> li.findElement(By.className("saved-link")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no saved filter '" + name + "' in: " + b.findElement(By.id("saved-filters")).getText()));
    }

    private static void waitForMessage(WebDriver b, String text) {
        new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().equals(text));
    }

    @Test
    void anItemShowsItsContentAndTheAKeyApprovesIt() throws Exception {
        String complex = "9a" + System.nanoTime() % 100_000;
        // ids are hashes: the queue (by id) puts the smaller one first
        List<String> two = java.util.stream.Stream.of(ConsoleData.translationItem(complex, "test"),
                ConsoleData.translationItem(complex, "test")).sorted().toList();
        String first = two.get(0);
        String second = two.get(1);
        ConsoleData.plainItem(5, "1aku", "test", 1);
        ConsoleData.plainItem(9, "1aku", "train", 1);

        WebDriver b = browser();
        SignIn.open(b, base, "queue.xhtml?complex=" + complex, "cora");
        b.findElement(By.linkText(first)).click();
        assertEquals(first + " · MiSI Bench Studio", b.getTitle());
        List<WebElement> images = b.findElements(By.cssSelector(".images img"));
        assertEquals(4, images.size());
        for (WebElement img : images) {
            assertTrue(((Number) ((JavascriptExecutor) b).executeScript("return arguments[0].naturalWidth", img)).intValue() == 512,
                    "image loaded: " + img.getAttribute("src"));
        }
        assertEquals(List.of("1 · front", "2 · left", "3 · top", "4 · front-after"),
                b.findElements(By.cssSelector(".images figcaption")).stream().map(WebElement::getText).toList());
        assertTrue(b.findElement(By.id("question")).getText().contains("translation"));
        assertEquals("move x 3", b.findElement(By.id("answer")).getText());
        assertTrue(b.findElement(By.cssSelector("body")).getText().contains("chimerax-hbonds-relaxed v1"));

        // a decision moves on to the next item of the same queue and names the one decided, once
        b.findElement(By.tagName("body")).sendKeys("a");
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith(second));
        assertEquals(first + " is now approved; this is the next item of the queue.", b.findElement(By.id("decided")).getText());
        assertEquals("pending", b.findElement(By.id("state")).getText());
        assertEquals(ReviewState.APPROVED, new org.misibench.jobs.review.ItemStore(ConsoleData.db()).find(first).orElseThrow().state());

        b.findElement(By.id("decided-link")).click();
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith(first));
        assertTrue(b.getCurrentUrl().contains("complex=" + complex), "the link keeps the queue: " + b.getCurrentUrl());
        assertTrue(b.findElements(By.id("decided")).isEmpty(), "the message shows once");
        assertEquals("approved", b.findElement(By.id("state")).getText());
        List<WebElement> trail = b.findElements(By.cssSelector("#trail tbody tr"));
        assertEquals(1, trail.size());
        assertTrue(trail.get(0).getText().contains("cora pending approved"), trail.get(0).getText());
        assertEquals("1", b.findElement(By.id("version")).getText());

        b.findElement(By.tagName("body")).sendKeys("j");
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith(second));
        // the last item of the queue: the page stays and says so
        b.findElement(By.tagName("body")).sendKeys("a");
        waitForText(b, "state", "approved");
        assertEquals(second + " is now approved. It was the last item of this queue.", b.findElement(By.id("messages")).getText());
        assertEquals(second + " · MiSI Bench Studio", b.getTitle());
        b.findElement(By.tagName("body")).sendKeys("k");
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith(first));
    }

    @Test
    void anImageOpensLargeByClickOrKeyZoomsAroundTheCursorPansStepsAndKeepsTheDecisionKeysAway() throws Exception {
        String item = ConsoleData.translationItem("9v" + System.nanoTime() % 100_000, "test");
        WebDriver b = browser();
        SignIn.open(b, base, "item.xhtml?id=" + item, "cora");
        List<WebElement> thumbnails = b.findElements(By.cssSelector(".images img"));
        WebElement viewer = b.findElement(By.id("viewer"));
        assertFalse(viewer.isDisplayed());

        // by click: the second image, fitted to the window (much larger than its 280 px thumbnail)
        thumbnails.get(1).click();
        WebElement big = b.findElement(By.id("viewer-image"));
        assertTrue(viewer.isDisplayed());
        assertEquals("2 · left", b.findElement(By.id("viewer-caption")).getText());
        assertEquals(thumbnails.get(1).getAttribute("src"), big.getAttribute("src"));
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> box(d, big)[2] > 600);
        double[] fitted = box(b, big);
        WebElement stage = b.findElement(By.id("viewer-stage"));
        double[] window = box(b, stage);
        assertTrue(Math.abs(fitted[3] - window[3]) < 1 || Math.abs(fitted[2] - window[2]) < 1, "fits the window");

        // the wheel zooms in around the cursor: the image point under it stays under it
        int cx = (int) (fitted[0] + fitted[2] * 0.3);
        int cy = (int) (fitted[1] + fitted[3] * 0.6);
        new Actions(b).scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(cx, cy), 0, -300).perform();
        new WebDriverWait(b, Duration.ofSeconds(5)).until(d -> box(d, big)[2] > fitted[2] * 1.5);
        double[] zoomed = box(b, big);
        assertEquals(0.3, (cx - zoomed[0]) / zoomed[2], 0.01);
        assertEquals(0.6, (cy - zoomed[1]) / zoomed[3], 0.01);
        new Actions(b).sendKeys("+").perform();
        assertEquals(zoomed[2] * 1.25, box(b, big)[2], 1.0);
        new Actions(b).sendKeys("-").sendKeys("-").perform();
        assertEquals(zoomed[2] / 1.25, box(b, big)[2], 1.0);

        // dragging pans by the distance dragged
        double[] before = box(b, big);
        new Actions(b).moveToElement(stage).clickAndHold().moveByOffset(120, -80).release().perform();
        double[] after = box(b, big);
        assertEquals(before[0] + 120, after[0], 1.5);
        assertEquals(before[1] - 80, after[1], 1.5);
        new Actions(b).sendKeys("0").perform();
        assertEquals(fitted[2], box(b, big)[2], 0.5);

        // ] [ and the arrows step through the item's images, 1-9 go to one
        new Actions(b).sendKeys("]").perform();
        assertEquals("3 · top", b.findElement(By.id("viewer-caption")).getText());
        new Actions(b).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals("1 · front", b.findElement(By.id("viewer-caption")).getText(), "after the last, the first");
        new Actions(b).sendKeys("[").perform();
        assertEquals("4 · front-after", b.findElement(By.id("viewer-caption")).getText());
        new Actions(b).sendKeys("2").perform();
        assertEquals("2 · left", b.findElement(By.id("viewer-caption")).getText());
        assertEquals(thumbnails.get(1).getAttribute("src"), big.getAttribute("src"));

        // the decision and navigation keys do nothing while it is open; Esc closes it
        ((JavascriptExecutor) b).executeScript("window.samePage = true");
        new Actions(b).sendKeys("a").sendKeys("r").sendKeys("j").sendKeys("k").perform();
        new Actions(b).sendKeys(Keys.ESCAPE).perform();
        assertFalse(viewer.isDisplayed());
        Thread.sleep(500); // a submitted form or a followed link would have left the page by now
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) b).executeScript("return window.samePage === true"));
        assertEquals("pending", b.findElement(By.id("state")).getText());
        assertEquals(ReviewState.PENDING, new org.misibench.jobs.review.ItemStore(ConsoleData.db()).find(item).orElseThrow().state());

        // by key: 3 opens the third image, z the one seen last
        b.findElement(By.tagName("body")).sendKeys("3");
        assertTrue(viewer.isDisplayed());
        assertEquals("3 · top", b.findElement(By.id("viewer-caption")).getText());
        new Actions(b).sendKeys(Keys.ESCAPE).perform();
        b.findElement(By.tagName("body")).sendKeys("z");
        assertTrue(viewer.isDisplayed());
        assertEquals("3 · top", b.findElement(By.id("viewer-caption")).getText());
        b.findElement(By.id("viewer-close")).click();
        assertFalse(viewer.isDisplayed());

        // typed into the comment box, the keys are text
        WebElement comment = b.findElement(By.id("review:comment"));
        comment.sendKeys("z 1 [ a");
        assertFalse(viewer.isDisplayed());
        assertEquals("z 1 [ a", comment.getAttribute("value"));
        assertEquals("pending", b.findElement(By.id("state")).getText());
    }

    @Test
    void anHBondItemListsTheComplexsBondsFoundAgainFromItsFilesAndSaysWhenTheFilesDiffer() throws Exception {
        ConsoleData.preparedBundled("1aku");
        String made = ConsoleData.pocketBondsItem("train", 11, ConsoleData.bundledSha256("1aku"));
        String changed = ConsoleData.pocketBondsItem("train", 11, "0".repeat(64));
        String translation = ConsoleData.translationItem("1aku", "train");
        String residue = ConsoleData.plainItem(4, "1aku", "train", 11, "Yes: THR O, O2'", "{\"residue\":\"THR 59 A\",\"negative\":\"no\"}");
        WebDriver b = browser();
        SignIn.open(b, base, "item.xhtml?id=" + made, "cora");

        // the answer lists the bonds, one per "; ": the table has a row for each, written the same way
        List<String> answer = List.of(b.findElement(By.id("answer")).getText().split("; "));
        assertEquals(14, answer.size());
        List<WebElement> rows = b.findElements(By.cssSelector("#hbonds tbody tr"));
        assertEquals(answer.size(), rows.size());
        assertEquals(new java.util.TreeSet<>(answer), b.findElements(By.cssSelector("#hbonds td.answer-text")).stream()
                .map(WebElement::getText).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        assertEquals(List.of("1", "SER 10 A", "SER 10 OG pocket", "FMN 150 O2P", "2.55", "", "SER 10 OG A, O2P"),
                rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        WebElement source = b.findElement(By.id("hbond-source"));
        assertEquals("note", source.getAttribute("class"));
        assertTrue(source.getText().startsWith("14 hydrogen bonds found again in classpath:/misi-sample/plip_pdb/1aku.pdb"
                + " (ligand FMN:A:150, chimerax-hbonds-relaxed v1); the files are the ones the item was made from"), source.getText());

        b.get(new URL(base, "item.xhtml?id=" + changed).toString());
        source = b.findElement(By.id("hbond-source"));
        assertEquals("warning", source.getAttribute("class"));
        assertTrue(source.getText().startsWith("The source files changed since this item was made"), source.getText());
        assertEquals(14, b.findElements(By.cssSelector("#hbonds tbody tr")).size());

        // T4 asks about one residue: its bonds stand out (of the fixed list, those of THR 59)
        b.get(new URL(base, "item.xhtml?id=" + residue).toString());
        assertEquals(List.of(ConsoleData.AKU_BONDS.split("; ")).stream().filter(t -> t.startsWith("THR 59 ")).toList(),
                b.findElements(By.cssSelector("#hbonds tr.concerned td.answer-text")).stream().map(WebElement::getText).toList());
        assertEquals("note", b.findElement(By.id("hbond-source")).getAttribute("class"), "no item hash: the prepare step's stands in");

        b.get(new URL(base, "item.xhtml?id=" + translation).toString());
        assertTrue(b.findElements(By.id("hbond-card")).isEmpty(), "T1 has no H-bonds to check");
    }

    @Test
    void aFlagNeedsAReasonAndKeepsIt() throws Exception {
        String complex = "9f" + System.nanoTime() % 100_000;
        String item = ConsoleData.translationItem(complex, "train");
        WebDriver b = browser();
        // the only item of its complex's queue: after the decision the page stays on it
        SignIn.open(b, base, "item.xhtml?complex=" + complex + "&id=" + item, "cora");

        b.findElement(By.id("review:flag")).click();
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("messages")).isEmpty());
        assertEquals("a flag needs a reason: say what is wrong with the item", b.findElement(By.id("messages")).getText());
        assertEquals("pending", b.findElement(By.id("state")).getText());

        b.findElement(By.tagName("body")).sendKeys("f");
        WebElement comment = b.switchTo().activeElement();
        assertEquals("review:comment", comment.getAttribute("id"), "f without a reason goes to the reason box");
        comment.sendKeys("Label ASN 12 hides the ligand's O2'");
        comment.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        b.findElement(By.tagName("body")).sendKeys("f");
        waitForText(b, "state", "flagged");
        assertTrue(b.findElement(By.id("trail")).getText().contains("Label ASN 12 hides the ligand's O2'"));
    }

    @Test
    void theSecondOfTwoSessionsDecidingOnTheSameVersionGetsAConflictAndOverwritesNothing() throws Exception {
        String complex = "9c" + System.nanoTime() % 100_000;
        String item = ConsoleData.translationItem(complex, "test");
        WebDriver cora = browser();
        WebDriver ben = browser();
        // the only item of its complex's queue: after a decision the page stays on it
        SignIn.open(cora, base, "item.xhtml?complex=" + complex + "&id=" + item, "cora");
        SignIn.open(ben, base, "item.xhtml?complex=" + complex + "&id=" + item, "ben");

        cora.findElement(By.id("review:approve")).click();
        waitForText(cora, "state", "approved");

        ben.findElement(By.id("review:comment")).sendKeys("wrong axis");
        ben.findElement(By.id("review:reject")).click();
        new WebDriverWait(ben, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("messages")).getText().startsWith("Conflict"));
        String message = ben.findElement(By.id("messages")).getText();
        assertTrue(message.contains("changed by cora") && message.contains("it is now approved"), message);
        assertEquals("approved", ben.findElement(By.id("state")).getText(), "the page now shows the item as stored");
        assertEquals(1, new ReviewStore(ConsoleData.db()).trail(item).size(), "ben's decision wrote nothing");

        // having seen the current version, ben may now decide deliberately
        ben.findElement(By.id("review:comment")).sendKeys("wrong axis");
        ben.findElement(By.id("review:reject")).click();
        waitForText(ben, "state", "rejected");
        assertEquals(2, new ReviewStore(ConsoleData.db()).trail(item).size());
    }

    @Test
    void aCommentWithMarkupIsShownAsText() throws Exception {
        String complex = "9s" + System.nanoTime() % 100_000;
        String item = ConsoleData.translationItem(complex, "test");
        String comment = "<script>window.pwned = true</script><b>bold?</b>";
        WebDriver b = browser();
        SignIn.open(b, base, "item.xhtml?complex=" + complex + "&id=" + item, "cora");
        b.findElement(By.id("review:comment")).sendKeys(comment);
        b.findElement(By.id("review:reject")).click();
        waitForText(b, "state", "rejected");

        assertEquals(comment, b.findElement(By.cssSelector("#trail td.comment")).getText());
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) b).executeScript("return window.pwned === true"));
        assertTrue(b.findElements(By.cssSelector("#trail td.comment b")).isEmpty());
        assertTrue(b.getPageSource().contains("&lt;script&gt;window.pwned"));
    }

    @Test
    void bulkApproveAsksWithTheCountAndLeavesItemsChangedMeanwhileAlone() throws Exception {
        String complex = "9b" + System.nanoTime() % 100_000;
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pending.add(ConsoleData.plainItem(2, complex, "train", 5));
        }
        String otherTask = ConsoleData.plainItem(3, complex, "train", 5);
        String flagged = ConsoleData.plainItem(2, complex, "train", 5);
        ReviewStore reviews = new ReviewStore(ConsoleData.db());
        reviews.decide(new ReviewDecision(flagged, 0, ReviewState.FLAGGED, "labels overlap"), "ben");

        WebDriver b = browser();
        SignIn.open(b, base, "queue.xhtml?task=T2&state=pending&complex=" + complex, "cora");
        assertEquals("4 items", b.findElement(By.id("matching")).getText());
        b.findElement(By.id("bulk-approve")).click();
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Approve in bulk"));
        assertEquals("Approve 4 items matching task T2 · state pending · complex " + complex + "?",
                b.findElement(By.id("bulk-question")).getText());

        // while the confirmation is open, another curator rejects one of the four
        String decidedMeanwhile = pending.get(1);
        reviews.decide(new ReviewDecision(decidedMeanwhile, 0, ReviewState.REJECTED, "wrong axis"), "ben");
        b.findElement(By.id("bulk:comment")).sendKeys("checked as a batch");
        b.findElement(By.id("bulk:confirm")).click();
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("messages")).getText().startsWith("Approved"));
        assertEquals("Approved 3 items. 1 item had changed since the count was shown and was left alone.",
                b.findElement(By.id("messages")).getText());

        org.misibench.jobs.review.ItemStore items = new org.misibench.jobs.review.ItemStore(ConsoleData.db());
        for (String id : pending) {
            assertEquals(id.equals(decidedMeanwhile) ? ReviewState.REJECTED : ReviewState.APPROVED, items.find(id).orElseThrow().state(), id);
        }
        assertEquals(ReviewState.PENDING, items.find(otherTask).orElseThrow().state(), "outside the filter");
        assertEquals(ReviewState.FLAGGED, items.find(flagged).orElseThrow().state(), "outside the filter");
        assertEquals("(bulk) checked as a batch", reviews.trail(pending.get(0)).get(0).comment());
        assertEquals("cora", reviews.trail(pending.get(0)).get(0).reviewer());
    }

    @Test
    void imagesAreServedByContentHashOnly() throws Exception {
        WebDriver b = browser();
        SignIn.open(b, base, "queue.xhtml", "cora");
        String cookie = SignIn.sessionCookie(b);
        String sha = ConsoleData.image(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB));
        HttpResponse<String> ok = get("images/" + sha + ".png", cookie);
        assertEquals(200, ok.statusCode());
        assertEquals("image/png", ok.headers().firstValue("Content-Type").orElse(""));
        Files.writeString(ConsoleData.dir().resolve("secret.txt"), "not an image");
        for (String bad : List.of("images/..%2Fsecret.txt", "images/%2e%2e/secret.txt", "images/" + sha.toUpperCase() + ".png",
                "images/" + sha + ".png.txt", "images/" + sha.substring(1) + ".png", "images/" + "0".repeat(64) + ".png")) {
            assertEquals(404, get(bad, cookie).statusCode(), bad);
        }
        HttpResponse<String> anonymous = get("images/" + sha + ".png", "");
        assertFalse(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                "without a session the sign-in page answers, not the image");
    }

    @Test
    void aDecisionPostedWithoutThePagesViewStateChangesNothing() throws Exception {
        String item = ConsoleData.translationItem("9x" + System.nanoTime() % 100_000, "test");
        WebDriver b = browser();
        SignIn.open(b, base, "item.xhtml?id=" + item, "cora");
        // a forged request: the signed-in curator's cookie, the form's fields, but not the view state the page got
        HttpResponse<String> forged = post("item.xhtml", SignIn.sessionCookie(b),
                "review=review&review%3Acomment=&review%3Aapprove=Approve&jakarta.faces.ViewState=-123%3A456");
        assertTrue(forged.body().contains("This page has expired"), forged.statusCode() + " " + forged.body());
        assertEquals(ReviewState.PENDING, new org.misibench.jobs.review.ItemStore(ConsoleData.db()).find(item).orElseThrow().state());
    }

    /**
     * docs/console-queue.png, docs/console-item.png and docs/console-zoom.png: a small run of a
     * realistic mix, then one item (1aku's T9, with its H-bonds) decided twice and viewed large.
     */
    @Test
    void screenshotsForTheDocs() throws Exception {
        String[] complexes = {"1aku", "2brc", "3ptb", "4dfr"};
        ConsoleData.preparedBundled("1aku");
        ReviewStore reviews = new ReviewStore(ConsoleData.db());
        String shown = null;
        for (int i = 0; i < 16; i++) {
            String split = i % 3 == 0 ? "test" : "train";
            String id = i == 4 ? ConsoleData.pocketBondsItem(split, 7, ConsoleData.bundledSha256("1aku"))
                    : i % 4 == 0 ? ConsoleData.translationItem(complexes[i % 4], split, 7)
                    : ConsoleData.plainItem(i % 9 + 1, complexes[i % 4], split, 7);
            if (i == 4) {
                shown = id;
                reviews.decide(new ReviewDecision(id, 0, ReviewState.FLAGGED, "Label THR 59 hides the ligand's O2'; check the top view"), "ben");
            } else if (i % 5 == 1) {
                reviews.decide(new ReviewDecision(id, 0, ReviewState.APPROVED, null), "ada");
            } else if (i % 7 == 3) {
                reviews.decide(new ReviewDecision(id, 0, ReviewState.FLAGGED, "overlapping labels"), "ben");
            } else if (i == 9) {
                reviews.decide(new ReviewDecision(id, 0, ReviewState.REJECTED, "duplicate of another item"), "ada");
            }
        }
        WebDriver b = browser();
        b.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        SignIn.open(b, base, "queue.xhtml?run=" + ConsoleData.run(7), "cora");
        assertEquals("16 items", b.findElement(By.id("matching")).getText());
        screenshot(b, "console-queue.png");

        b.findElement(By.linkText(shown)).click();
        String decided = shown;
        b.findElement(By.tagName("body")).sendKeys("a");
        // the page moves on to the next item of run 7 (or, last in the queue, stays); back to the decided one
        new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("decided")).isEmpty() || d.findElement(By.id("state")).getText().equals("approved"));
        if (!b.findElements(By.id("decided-link")).isEmpty()) {
            b.findElement(By.id("decided-link")).click();
            new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith(decided));
        }
        assertEquals("approved", b.findElement(By.id("state")).getText());
        Number height = (Number) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollHeight");
        b.manage().window().setSize(new org.openqa.selenium.Dimension(1280, height.intValue() + 20));
        screenshot(b, "console-item.png");

        b.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 860));
        b.findElement(By.tagName("body")).sendKeys("1");
        WebElement big = b.findElement(By.id("viewer-image"));
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> box(d, big)[2] > 600);
        double[] fitted = box(b, big);
        // zoom in on the middle of the pocket, where the ligand's labels are
        new Actions(b).scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport((int) (fitted[0] + fitted[2] * 0.5),
                (int) (fitted[1] + fitted[3] * 0.5)), 0, -350).perform();
        new WebDriverWait(b, Duration.ofSeconds(5)).until(d -> box(d, big)[2] > fitted[2] * 1.5);
        screenshot(b, "console-zoom.png");
    }

    /** Submits the filter form and waits for the new page (a GET form: Selenium does not wait by itself). */
    private static void apply(WebDriver b) {
        WebElement old = b.findElement(By.id("queue"));
        b.findElement(By.id("apply")).click();
        new WebDriverWait(b, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old));
    }

    private static List<String> itemIds(WebDriver b) {
        return b.findElements(By.cssSelector("a.item-link")).stream().map(WebElement::getText).toList();
    }

    /** left, top, width, height of the element as drawn (transforms included), CSS pixels. */
    private static double[] box(WebDriver b, WebElement e) {
        List<?> r = (List<?>) ((JavascriptExecutor) b).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", e);
        return r.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static void waitForText(WebDriver b, String id, String text) {
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id)).getText().equals(text));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(new URL(base, path).toURI()).GET();
        if (!cookie.isEmpty()) {
            r.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new URL(base, path).toURI()).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void screenshot(WebDriver b, String name) throws Exception {
        File shot = ((TakesScreenshot) b).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
