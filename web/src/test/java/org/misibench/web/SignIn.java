package org.misibench.web;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a browser in through the console's FORM login page, as a person would. */
final class SignIn {

    private SignIn() {
    }

    /** Opens {@code page}; on the sign-in page that the server puts first, signs in as {@code user}. */
    static void open(WebDriver browser, URL base, String page, String user, String password) throws Exception {
        browser.get(new URL(base, page).toString());
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("signin-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.getTitle().startsWith("Sign in")
                || !b.findElements(By.id("signin-failed")).isEmpty());
    }

    static void open(WebDriver browser, URL base, String page, String user) throws Exception {
        open(browser, base, page, user, ConsoleData.PASSWORD);
    }

    /** The session cookie, for requests a test sends by hand (a hand-posted form). */
    static String sessionCookie(WebDriver browser) {
        return "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
    }
}
