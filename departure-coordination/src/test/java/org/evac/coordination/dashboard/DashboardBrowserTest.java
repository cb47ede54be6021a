package org.evac.coordination.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.Journeys;
import org.evac.coordination.support.Upstream;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium (Debian's chromium and chromium-driver). Skipped only
 * when they are not installed; CI installs them.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> STAGES =
            List.of(
                    "registered",
                    "reached",
                    "offered",
                    "accepted",
                    "seatAssigned",
                    "manifested",
                    "boarded",
                    "departed",
                    "arrivedDoha");

    @TestHTTPResource("/dashboard/index.html")
    URL page;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed");
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

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTheFunnelOfTheJsonEndpointAndUpdatesWithinTwoSeconds() throws Exception {
        UUID flight = Upstream.flight().reserved(12).publish();
        Api.awaitFlight(flight, 12);
        UUID accepted = Api.acceptedPerson();
        Upstream.person().province("AF-BAL").publish();
        Journeys.at("ARRIVED_DOHA");
        Journeys.at("MANIFESTED");

        browser.get(page + "#token=" + TestTokens.forRoles("wall-screen", "viewer"));
        WebDriverWait wait =
                new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
        wait.until(driver -> matchesJson());
        assertThat(browser.getCurrentUrl()).doesNotContain("token");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("live");
        assertThat(browser.findElement(By.id("flights")).getText())
                .contains("QR" + flight.toString().substring(0, 4));

        long before = count("registered");
        Upstream.person().publish();
        long published = System.nanoTime();
        new WebDriverWait(browser, Duration.ofSeconds(2), Duration.ofMillis(20))
                .until(driver -> count("registered") == before + 1);
        System.out.printf(
                "DashboardBrowserTest: page showed the new person %d ms after publication%n",
                (System.nanoTime() - published) / 1_000_000);
        assertThat(accepted).isNotNull();

        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "dashboard.png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void asksForATokenAndRejectsOneWithoutTheViewerRole() {
        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> driver.findElement(By.id("login")).isDisplayed());
        browser.findElement(By.id("token"))
                .sendKeys(TestTokens.forRoles("operator.test", "operator"));
        browser.findElement(By.cssSelector("#login button")).click();
        wait.until(
                driver ->
                        driver.findElement(By.id("login-error")).getText().contains("viewer role"));
    }

    private boolean matchesJson() {
        JsonPath json = Api.as("viewer").get("/api/v1/statistics").then().extract().jsonPath();
        return STAGES.stream()
                .allMatch(
                        stage ->
                                browser.findElement(By.id("funnel-" + stage))
                                        .getText()
                                        .equals(
                                                String.format(
                                                        Locale.US,
                                                        "%,d",
                                                        json.getLong("funnel." + stage))));
    }

    private long count(String stage) {
        return Long.parseLong(
                browser.findElement(By.id("funnel-" + stage)).getText().replace(",", ""));
    }
}
