package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The one page for an address that does not exist or that the user may not open. */
public class NotFoundOrDeniedPage extends Shell {

    public NotFoundOrDeniedPage(WebDriver driver) {
        super(driver);
        LoginPage.wait(driver).until(d -> !d.findElements(By.id("not-found-or-denied")).isEmpty());
    }

    public String title() {
        return driver.findElement(By.cssSelector("#not-found-or-denied h1")).getText();
    }

    public String homeLinkText() {
        return driver.findElement(By.id("denied-home")).getText();
    }

    /** Whether any part of the staff application's frame (its app layout, menu) is on the page. */
    public boolean showsStaffFrame() {
        return !driver.findElements(By.cssSelector("vaadin-app-layout, #main-nav, [data-home]")).isEmpty();
    }

    /** Follows the way back to the user's own start page. */
    public void goHome() {
        driver.findElement(By.id("denied-home")).click();
        LoginPage.wait(driver).until(d -> d.findElements(By.id("not-found-or-denied")).isEmpty());
        Browser.settle(driver);
    }
}
