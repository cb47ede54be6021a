package org.evac.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard of the running stack in headless Chromium (Debian's chromium and chromium-driver),
 * as a person uses it: open the page, log in on Keycloak's own login page, watch, log out.
 */
final class DashboardBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String DASHBOARD = Clients.FIXED_PORTS.coordinationUrl() + "/dashboard/";

    private final ChromeDriver browser;

    DashboardBrowser() {
        ChromeOptions options =
                new ChromeOptions()
                        .setBinary(CHROMIUM.toFile())
                        .addArguments(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-dev-shm-usage",
                                "--window-size=1400,1200");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(service, options);
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Opens the dashboard and waits for where it sends the browser: Keycloak's login form. */
    void open() {
        browser.get(DASHBOARD);
        awaitLoginPage();
    }

    void awaitLoginPage() {
        await(driver -> !driver.findElements(By.id("kc-login")).isEmpty());
    }

    /** Types the user's name and password into Keycloak's page and waits to be back. */
    void logIn(String user, String password) {
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        await(driver -> driver.getCurrentUrl().startsWith(DASHBOARD));
    }

    void awaitLive() {
        await(driver -> text("status").equals("live"));
    }

    void logOut() {
        browser.findElement(By.id("logout")).click();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String currentUrl() {
        return browser.getCurrentUrl();
    }

    /** The tokens the page holds in this tab's session storage, or none. */
    @SuppressWarnings("unchecked")
    Map<String, Object> tokens() {
        Object tokens =
                browser.executeScript(
                        "return JSON.parse(sessionStorage.getItem('evac.oidc.tokens'));");
        return tokens == null ? Map.of() : (Map<String, Object>) tokens;
    }

    String accessToken() {
        return (String) tokens().get("accessToken");
    }

    void await(ExpectedCondition<Boolean> condition) {
        await(Duration.ofSeconds(30), condition);
    }

    void await(Duration timeout, ExpectedCondition<Boolean> condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(100)).until(condition);
    }

    WebDriver driver() {
        return browser;
    }

    @Override
    public void close() {
        browser.quit();
    }
}
