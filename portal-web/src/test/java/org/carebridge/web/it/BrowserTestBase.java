package org.carebridge.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Base of the browser tests: the packaged portal deployed once per class, one headless Chromium per
 * class (skipped, saying why, when Chromium or chromedriver is not installed; CI installs both), and
 * what a person does on every page — log in and out, type, pick from a PrimeFaces select, save a
 * dialog and wait for its message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTestBase {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    static WebDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void browser() throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            System.out.println("SKIPPED browser tests: Chromium (" + CHROMIUM + ") or chromedriver (" + DRIVER
                    + ") is not installed; .ci/run installs them (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium/chromedriver not installed: browser tests skipped");
        Path profile = Files.createTempDirectory("carebridge-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String url(String path) {
        String b = base.toExternalForm();
        return (b.endsWith("/") ? b : b + "/") + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void login(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    String heading() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1"))).getText();
    }

    void logout() {
        driver.findElement(By.id("headerForm:logout")).click();
        waiting().until(ExpectedConditions.urlContains("login.xhtml"));
    }

    void saveDialog(String buttonId) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
    }

    /** Picks a value of a PrimeFaces select through its widget (the overlay's animation makes clicks unreliable). */
    void choose(String id, String value, String label) {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        waiting().until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
    }

    void type(String id, String text) {
        WebElement e = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }
}
