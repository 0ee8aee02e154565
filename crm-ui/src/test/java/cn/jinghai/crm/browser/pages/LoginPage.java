package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The sign-in page. */
public class LoginPage {

    private final WebDriver driver;

    public LoginPage(WebDriver driver) {
        this.driver = driver;
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")));
    }

    public Shell signIn(String username, String password) {
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button")).click();
        // signed in: the start page shows the role's home (marked data-home); wrong: the form shows its error
        try {
            wait(driver).until(d -> !d.findElements(By.cssSelector("[data-home]")).isEmpty() || errorShown());
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(driver, "debug-signin");
            throw new AssertionError("sign-in did not finish; page text: " + driver.findElement(By.tagName("body")).getText(), e);
        }
        Browser.settle(driver);
        return new Shell(driver);
    }

    /** Whether the form shows its "wrong username or password" message. */
    public boolean errorShown() {
        List<WebElement> forms = driver.findElements(By.tagName("vaadin-login-form"));
        if (forms.isEmpty()) {
            return false;
        }
        WebElement form = forms.get(0);
        return form.getDomAttribute("error") != null
                || Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return arguments[0].error === true", form));
    }

    public String title() {
        return driver.findElement(By.className("login-title")).getText();
    }

    private void type(String name, String value) {
        WebElement input = driver.findElement(By.cssSelector("vaadin-login-form input[name=" + name + "]"));
        input.clear();
        input.sendKeys(value);
    }

    static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
