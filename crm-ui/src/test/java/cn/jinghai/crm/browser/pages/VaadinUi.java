package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** Small moves on Vaadin components that the office's page objects share (selects, text fields, notifications). */
final class VaadinUi {

    /** An option of an open select (not the copy of the chosen one the select shows as its value). */
    static final String OPTION = "vaadin-select-item:not([id^=value-])";

    private VaadinUi() {
    }

    static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static void click(WebDriver driver, String id) {
        wait(driver).until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).isDisplayed();
        });
        driver.findElement(By.id(id)).click();
        Browser.settle(driver);
    }

    /** Types into a text field or area (its inner input) and commits the value, as leaving the field does. */
    static void type(WebDriver driver, String id, String text) {
        wait(driver).until(d -> !d.findElements(By.id(id)).isEmpty());
        WebElement field = driver.findElement(By.id(id));
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        Browser.settle(driver);
    }

    /** Picks the item of a vaadin-select whose label contains {@code label}. */
    static void select(WebDriver driver, String id, String label) {
        click(driver, id);
        wait(driver).until(d -> d.findElements(By.cssSelector(OPTION)).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().contains(label)));
        driver.findElements(By.cssSelector(OPTION)).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(label)).findFirst().orElseThrow().click();
        Browser.settle(driver);
    }

    /** Ticks a checkbox. */
    static void check(WebDriver driver, String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return arguments[0].checked", box))) {
            box.findElement(By.cssSelector("input")).click();
            Browser.settle(driver);
        }
    }

    static boolean present(WebDriver driver, String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    static boolean enabled(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getDomAttribute("disabled") == null;
    }

    /** The texts of the notifications shown now. */
    static List<String> notifications(WebDriver driver) {
        return driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** Waits for a notification containing {@code text} and answers its whole text. */
    static String awaitNotification(WebDriver driver, String text) {
        wait(driver).until(d -> notifications(d).stream().anyMatch(n -> n.contains(text)));
        return notifications(driver).stream().filter(n -> n.contains(text)).findFirst().orElseThrow();
    }
}
