package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** The ambassador's own page: the referral form, their referrals as cards, their standing. */
public class AmbassadorPage extends Shell {

    public AmbassadorPage(WebDriver driver) {
        super(driver);
        LoginPage.wait(driver).until(d -> !d.findElements(By.id("ambassador-view")).isEmpty());
        Browser.settle(driver);
    }

    /** Fills the form (null or "" leaves a box empty) and submits it. */
    public AmbassadorPage submitReferral(String company, String creditCode, String contact, String notes, String expectedWan) {
        type("#referral-company input", company);
        type("#referral-credit-code input", creditCode);
        type("#referral-contact input", contact);
        type("#referral-notes textarea", notes);
        type("#referral-expected input", expectedWan);
        driver.findElement(By.id("referral-submit")).click();
        Browser.settle(driver);
        return this;
    }

    /** The companies of the cards, newest first. */
    public List<String> companies() {
        return driver.findElements(By.cssSelector("#my-referrals .amb-company")).stream().map(WebElement::getText).toList();
    }

    /** The status code (SUBMITTED, ACCEPTED, …) of the card of {@code company}. */
    public String status(String company) {
        return card(company).findElement(By.cssSelector(".amb-status")).getDomAttribute("data-status");
    }

    /** The status as shown (translated) on the card of {@code company}. */
    public String statusLabel(String company) {
        return card(company).findElement(By.cssSelector(".amb-status")).getText();
    }

    /** The explanation under the card of {@code company} (stage, decline reason, duplicate note), if any. */
    public Optional<String> detail(String company) {
        return card(company).findElements(By.cssSelector(".amb-detail")).stream().map(WebElement::getText).findFirst();
    }

    public boolean emptyStateShown() {
        WebElement empty = driver.findElement(By.id("my-referrals-empty"));
        return empty.isDisplayed();
    }

    /** The error message a box of the form shows (its id, e.g. {@code referral-credit-code}), or "". */
    public String fieldError(String id) {
        Object message = ((JavascriptExecutor) driver).executeScript(
                "const f = document.getElementById(arguments[0]); return f.invalid ? f.errorMessage : ''", id);
        return message == null ? "" : message.toString();
    }

    public String standingYear() {
        return driver.findElement(By.cssSelector("#standing-year vaadin-select-value-button")).getText().trim();
    }

    /** The three figures as shown: verified funds, proposed reward, approved rewards. */
    public List<String> standing() {
        return List.of(text("standing-verified"), text("standing-proposed"), text("standing-approved"));
    }

    public String userShown() {
        return driver.findElement(By.id("amb-user")).getText();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    private WebElement card(String company) {
        return driver.findElements(By.cssSelector("#my-referrals .amb-referral")).stream()
                .filter(c -> c.findElement(By.cssSelector(".amb-company")).getText().equals(company)).findFirst()
                .orElseThrow(() -> new AssertionError("no referral card for " + company + " among " + companies()));
    }

    private void type(String css, String value) {
        WebElement input = driver.findElement(By.cssSelector(css));
        input.clear();
        if (value != null && !value.isEmpty()) {
            input.sendKeys(value);
        }
    }
}
