package org.misibench.web;

import java.io.File;
import java.nio.file.Files;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through Debian's chromedriver, both named explicitly so Selenium
 * never tries to download a browser. A machine without them fails here with the packages to
 * install; browser tests never skip.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static WebDriver start() throws Exception {
        File browser = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        if (!browser.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("headless browser tests need " + browser + " and " + driver
                    + ": apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        // the background-networking flags stop Chromium from calling hosts this network does not reach
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("misi-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        WebDriver webDriver = new ChromeDriver(service, options);
        webDriver.manage().window().setSize(new Dimension(1280, 900));
        return webDriver;
    }
}
