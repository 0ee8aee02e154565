package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** What every signed-in page has: the menu (staff), the current user, the language switch, sign-out. */
public class Shell {

    protected final WebDriver driver;

    public Shell(WebDriver driver) {
        this.driver = driver;
    }

    /** The path the browser shows, without host, e.g. {@code /dashboard}. */
    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The menu's entries as shown (translated titles); empty where there is no staff menu. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    public void openMenu(String title) {
        driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().trim().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu entry " + title + " in " + menu())).click();
        Browser.settle(driver);
    }

    public void switchLanguage() {
        driver.findElement(By.id("language-switch")).click();
        LoginPage.wait(driver).until(d -> {
            try {
                return d.findElement(By.id("language-switch")) != null;
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        Browser.settle(driver);
    }

    public void signOut() {
        driver.findElement(By.id("logout")).click();
        LoginPage.wait(driver).until(d -> d.getCurrentUrl().contains("/login"));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
