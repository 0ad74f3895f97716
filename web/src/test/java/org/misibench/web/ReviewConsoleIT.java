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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

        b.findElement(By.tagName("body")).sendKeys("a");
        waitForText(b, "state", "approved");
        assertEquals("Approved.", b.findElement(By.id("messages")).getText());
        List<WebElement> trail = b.findElements(By.cssSelector("#trail tbody tr"));
        assertEquals(1, trail.size());
        assertTrue(trail.get(0).getText().contains("cora pending approved"), trail.get(0).getText());
        assertEquals("1", b.findElement(By.id("version")).getText());

        b.findElement(By.tagName("body")).sendKeys("j");
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith(second));
        b.findElement(By.tagName("body")).sendKeys("k");
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith(first));
    }

    @Test
    void aFlagNeedsAReasonAndKeepsIt() throws Exception {
        String item = ConsoleData.translationItem("9f" + System.nanoTime() % 100_000, "train");
        WebDriver b = browser();
        SignIn.open(b, base, "item.xhtml?id=" + item, "cora");

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
        String item = ConsoleData.translationItem("9c" + System.nanoTime() % 100_000, "test");
        WebDriver cora = browser();
        WebDriver ben = browser();
        SignIn.open(cora, base, "item.xhtml?id=" + item, "cora");
        SignIn.open(ben, base, "item.xhtml?id=" + item, "ben");

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
        String item = ConsoleData.translationItem("9s" + System.nanoTime() % 100_000, "test");
        String comment = "<script>window.pwned = true</script><b>bold?</b>";
        WebDriver b = browser();
        SignIn.open(b, base, "item.xhtml?id=" + item, "cora");
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

    /** docs/console-queue.png and docs/console-item.png: a small run of a realistic mix, then one item decided twice. */
    @Test
    void screenshotsForTheDocs() throws Exception {
        String[] complexes = {"1aku", "2brc", "3ptb", "4dfr"};
        ReviewStore reviews = new ReviewStore(ConsoleData.db());
        String shown = null;
        for (int i = 0; i < 16; i++) {
            String split = i % 3 == 0 ? "test" : "train";
            String id = i % 4 == 0 ? ConsoleData.translationItem(complexes[i % 4], split, 7)
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
        SignIn.open(b, base, "queue.xhtml?run=7", "cora");
        assertEquals("16 items", b.findElement(By.id("matching")).getText());
        screenshot(b, "console-queue.png");

        b.findElement(By.linkText(shown)).click();
        b.findElement(By.tagName("body")).sendKeys("a");
        waitForText(b, "state", "approved");
        b.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1420));
        screenshot(b, "console-item.png");
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
