package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** Small helpers for Vaadin fields (their inputs are in the light DOM) shared by the leads page objects. */
final class Vaadin {

    private Vaadin() {
    }

    static WebDriverWait await(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static WebElement byId(WebDriver driver, String id) {
        return await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    static void type(WebDriver driver, String fieldId, String value) {
        WebElement input = byId(driver, fieldId).findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        Browser.settle(driver);
    }

    /** Picks a combo box item by its shown label. */
    static void pick(WebDriver driver, String comboId, String label) {
        WebElement input = byId(driver, comboId).findElement(By.tagName("input"));
        input.clear();
        input.sendKeys(label);
        Browser.settle(driver);
        input.sendKeys(Keys.ENTER);
        Browser.settle(driver);
    }

    static void click(WebDriver driver, String id) {
        WebElement element = await(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        element.click();
        Browser.settle(driver);
    }

    /** The text of a grid's cells (rendered in the light DOM), in DOM order. */
    static List<String> cells(WebDriver driver, String gridId) {
        Browser.settle(driver);
        return byId(driver, gridId).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(e -> (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", e))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The texts of the notifications on screen. */
    static List<String> notifications(WebDriver driver) {
        return driver.findElements(By.tagName("vaadin-notification-card")).stream().map(WebElement::getText).toList();
    }

    static boolean present(WebDriver driver, String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }
}
