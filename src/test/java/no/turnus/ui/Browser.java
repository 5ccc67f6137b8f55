package no.turnus.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import no.turnus.api.ServiceClient;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver packages), driven by Selenium with
 * the driver and browser given explicitly, so nothing is ever downloaded. Without them the browser tests are
 * skipped with a message; with CI=true they fail instead.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Dimension LAPTOP = new Dimension(1366, 768);
    /** The axe-core impacts a page may not have (moderate and minor ones are left to review). */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Signed in as the administrator with HTTP Basic (local mode). */
    static Browser start(int port) {
        return start(port, ServiceClient.basic(ServiceClient.ADMIN, ServiceClient.ADMIN_PASSWORD));
    }

    /**
     * @param authorization the Authorization header every request of the pages carries: the credentials a user
     *                      typed into the browser's sign-in prompt, or the bearer token an authenticating gateway adds
     */
    static Browser start(int port, String authorization) {
        Path chromium = Path.of(System.getProperty("turnus.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("turnus.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            unavailable("Chromium (" + chromium + ") or chromedriver (" + chromedriver + ") is not installed;"
                    + " apt-get install chromium chromium-driver", null);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("turnus-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(LAPTOP);
            // Every request of the pages (fetch, EventSource) carries the credentials.
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                    authorization)));
            return new Browser(driver, profile, "http://127.0.0.1:" + port);
        } catch (WebDriverException e) {
            FileSystemUtils.deleteRecursively(profile.toFile());
            unavailable("Chromium did not start: " + e.getMessage(), e);
            throw e;
        }
    }

    private static void unavailable(String message, Throwable cause) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("Browser tests must run in CI. " + message, cause);
        }
        Assumptions.abort("Browser tests skipped. " + message);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Clicks an element after scrolling it to the middle of its scroll box (clear of sticky headers). */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        element.click();
    }

    /** Waits until the condition holds (non-null and not false), failing after a minute. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        // The page re-renders as the plan improves; an element found a moment ago may have been replaced.
        return new WebDriverWait(driver, WAIT).withMessage(what).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits for an element that is shown. */
    WebElement shown(String css) {
        return await(css + " shown", d -> d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * Checks the page as it is now with axe-core (WCAG 2.x A and AA rules and best practices) and fails on every
     * serious or critical violation, naming the rule and the elements. Call it once the page shows its main content,
     * so the rendered tables, forms and maps are checked, not the empty shell.
     */
    void assertAccessible() {
        List<Rule> violations = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        Assertions.assertTrue(violations.isEmpty(), () -> "axe-core on " + driver.getCurrentUrl() + ":\n"
                + violations.stream().map(rule -> "  " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
                        + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining())).collect(Collectors.joining("\n")));
    }

    /** The whole page (up to a few screens) into target/screenshots/name.png; the window is a laptop's again after. */
    void screenshot(String name) {
        screenshot(name, null);
    }

    /**
     * One part of the page (a section further down than a screenshot of the whole page reaches), or the whole page
     * when {@code part} is null, into target/screenshots/name.png.
     */
    void screenshot(String name, WebElement part) {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        try {
            driver.manage().window().setSize(new Dimension(LAPTOP.width, (int) Math.min(height, 2400)));
            // The part at the top of the window, so that all of it is on the screen the element's shot is cut from.
            driver.executeScript(part == null ? "window.scrollTo(0, 0)" : "arguments[0].scrollIntoView(true)", part);
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    part == null ? driver.getScreenshotAs(OutputType.BYTES) : part.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(LAPTOP);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
