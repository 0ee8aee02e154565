package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The lead list (route {@code leads}). */
public class LeadListPage extends Shell {

    public LeadListPage(WebDriver driver) {
        super(driver);
        Vaadin.byId(driver, "lead-grid");
        Browser.settle(driver);
    }

    public RegisterLeadDialog register() {
        Vaadin.click(driver, "register-lead");
        return new RegisterLeadDialog(driver);
    }

    public boolean mayRegister() {
        return Vaadin.present(driver, "register-lead");
    }

    public LeadListPage search(String text) {
        Vaadin.type(driver, "lead-search", text);
        return this;
    }

    /** The "n in total" line. */
    public String total() {
        return driver.findElement(By.id("lead-total")).getText();
    }

    /** Waits until the "n in total" line reads {@code text} (the search is debounced). */
    public LeadListPage awaitTotal(String text) {
        Vaadin.await(driver).until(d -> {
            Browser.settle(d);
            return text.equals(total());
        });
        return this;
    }

    public List<String> cells() {
        return Vaadin.cells(driver, "lead-grid");
    }

    public boolean emptyStateShown() {
        WebElement empty = driver.findElement(By.id("leads-empty"));
        return empty.isDisplayed();
    }

    /** Opens the lead whose row shows {@code company}. */
    public LeadPage open(String company) {
        Vaadin.await(driver).until(d -> cells().contains(company));
        driver.findElement(By.id("lead-grid")).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(e -> company.equals(e.getText().trim())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + company)).click();
        return new LeadPage(driver);
    }
}
