package org.grouprise.server.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven by Selenium, on a fresh profile, speaking German, with helpers that
 * wait for the page a click leads to. Chromium comes from Debian's {@code chromium} and
 * {@code chromium-driver} packages; without them {@link #assumeInstalled()} skips the test.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target",
        "browser-screenshots");
    /**
     * Selenium warns on every start that it has no DevTools module for this Chromium version; we send
     * the few DevTools commands we need through ChromeDriver and need none. Held here so that the
     * level is not lost when java.util.logging collects unreferenced loggers.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String baseUrl, Path profile, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Skips the calling test when Chromium or its driver is missing, saying how to install them. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "Browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                + "; install them with: sudo apt-get install chromium chromium-driver");
    }

    /**
     * Starts Chromium on a new, empty profile; relative paths are resolved against {@code baseUrl}.
     * Skips the calling test, through {@link #assumeInstalled()}, where Chromium is not installed.
     */
    public static Browser start(String baseUrl) {
        assumeInstalled();
        Path profile = createProfileFolder();
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        try {
            return new Browser(baseUrl, profile, new ChromeDriver(service, options(profile)));
        } catch (WebDriverException e) {
            deleteProfile(profile);
            throw e;
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=de");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de"));
        return options;
    }

    /** Opens a path of the site (or a full address) and waits until it has loaded. */
    public void open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
    }

    /** The path and query of the current page, such as {@code /stadt/login/?next=%2F}. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Types into the input or text area with this id, replacing what it held. */
    public void fill(String id, String text) {
        WebElement field = element(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks or unticks the checkbox with this id by clicking it, as a person would. */
    public void check(String id, boolean checked) {
        WebElement box = element(By.id(id));
        if (box.isSelected() != checked) {
            box.click();
        }
    }

    /** Clicks an element that leads to another page (a link, a submit button) and waits for that page. */
    public void clickAndWait(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        element(target).click();
        wait.until(driver -> isGone(oldPage));
        wait.until(loaded -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /**
     * Whether the element left the document. While the next page replaces the old one, Chromium may
     * answer "node does not belong to the document" instead of a stale reference: gone all the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    /** The first element matching, once it is visible. */
    public WebElement element(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    /** The visible text of the first element matching. */
    public String text(By target) {
        return element(target).getText();
    }

    /** Forgets every cookie of the site, as a visitor who never logged in. */
    public void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    public Optional<Cookie> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name));
    }

    /**
     * Lays pages out as a phone of this size does: a mobile viewport that honours the page's viewport
     * meta tag, through the DevTools protocol.
     */
    public void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /** The width of the layout viewport in CSS pixels. */
    public long viewportWidth() {
        return (Long) driver.executeScript("return document.documentElement.clientWidth");
    }

    /** The width of the whole page in CSS pixels; wider than the viewport means sideways scrolling. */
    public long pageWidth() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth");
    }

    /** Writes a screenshot and the page's HTML to {@code target/browser-screenshots/<name>.*}. */
    public void saveScreenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + name + " to " + SCREENSHOTS, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    /** A test extension that saves a screenshot of the browser when a test fails, before it is closed. */
    public static TestExecutionExceptionHandler screenshotOnFailure(Supplier<Optional<Browser>> browser) {
        return (ExtensionContext context, Throwable failure) -> {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9]+", "");
            try {
                browser.get().ifPresent(open -> open.saveScreenshot(name));
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        };
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static Path createProfileFolder() {
        try {
            return Files.createTempDirectory("grouprise-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Chromium profile folder", e);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the Chromium profile " + profile, e);
        }
    }
}
