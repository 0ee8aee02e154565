package cn.jinghai.crm.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Chromium from Debian's packages, driven by Selenium through Debian's chromedriver (never a
 * downloaded one: these machines reach no browser download site). One browser per test JVM, shared
 * by the browser tests; each test signs in afresh.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("crm.it.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("crm.it.chromedriver", "/usr/bin/chromedriver"));

    private static ChromeDriver driver;

    private Browser() {
    }

    public static synchronized WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    /** Ends the browser (after the last browser test of the JVM, see {@link BrowserTestBase}). */
    static synchronized void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver fonts-wqy-zenhei");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1440,900", "--lang=zh-CN",
                "--force-device-scale-factor=1", "--user-data-dir=" + tempProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Waits until Vaadin has no request in flight (after a click, a navigation, a value change). */
    public static void settle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (document.readyState !== 'complete') return false;"
                        + "const v = window.Vaadin; if (!v || !v.Flow || !v.Flow.clients) return true;"
                        + "return Object.values(v.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Saves what the browser shows as {@code docs/screenshots/<name>.png} of the repository. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = repositoryRoot().resolve("docs").resolve("screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
    }

    private static String tempProfile() {
        try {
            File dir = Files.createTempDirectory("crm-chromium-").toFile();
            dir.deleteOnExit();
            return dir.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
