package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.LoginPage;
import cn.jinghai.crm.browser.pages.Shell;
import cn.jinghai.crm.support.AppTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A browser test: the whole application started in this JVM on a random port (its own embedded
 * stores, the users of {@link AppTestBase}), and headless Chromium driving the real UI.
 * Tests work through page objects ({@code pages}), sign in afresh and leave the browser signed out.
 */
@ExtendWith({BrowserTestBase.OneBrowser.class, BrowserTestBase.ScreenshotOnFailure.class})
public abstract class BrowserTestBase extends AppTestBase {

    protected WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.driver();
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Signs in as one of the test users (password {@link #PASSWORD}) and answers the page it lands on. */
    protected Shell signIn(String username) {
        return signIn(username, "admin".equals(username) ? ADMIN_PASSWORD : PASSWORD);
    }

    protected Shell signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        return new LoginPage(driver).signIn(username, password);
    }

    /** Opens a route of the UI (for example {@code "dashboard"}) in the signed-in session. */
    protected void open(String route) {
        driver.get(url("/" + route));
        Browser.settle(driver);
    }

    /** Starts nothing itself; makes JUnit close the shared browser once every test of the run is done. */
    static final class OneBrowser implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(OneBrowser.class, k -> (ExtensionContext.Store.CloseableResource) Browser::quit);
        }
    }

    /** A failed browser test leaves what the browser showed in {@code target/browser-failures/}. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) throws Exception {
            if (context.getExecutionException().isPresent()) {
                java.nio.file.Path dir = java.nio.file.Path.of("target", "browser-failures");
                java.nio.file.Files.createDirectories(dir);
                byte[] png = ((org.openqa.selenium.TakesScreenshot) Browser.driver())
                        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                java.nio.file.Files.write(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png"), png);
            }
        }
    }
}
