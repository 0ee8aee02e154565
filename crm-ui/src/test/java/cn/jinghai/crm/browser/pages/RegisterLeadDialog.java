package cn.jinghai.crm.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The register-lead dialog of the lead list. */
public class RegisterLeadDialog {

    private final WebDriver driver;

    public RegisterLeadDialog(WebDriver driver) {
        this.driver = driver;
        Vaadin.byId(driver, "lead-company");
    }

    public RegisterLeadDialog company(String name) {
        Vaadin.type(driver, "lead-company", name);
        return this;
    }

    public RegisterLeadDialog creditCode(String code) {
        Vaadin.type(driver, "lead-credit-code", code);
        return this;
    }

    public RegisterLeadDialog project(String name) {
        Vaadin.type(driver, "lead-project", name);
        return this;
    }

    /** Chain, channel and origin by their shown (Chinese) labels. */
    public RegisterLeadDialog classify(String chain, String channel, String origin) {
        Vaadin.pick(driver, "lead-chain", chain);
        Vaadin.pick(driver, "lead-channel", channel);
        Vaadin.pick(driver, "lead-origin", origin);
        return this;
    }

    /** The planned investment in 万元 (the field's default unit). */
    public RegisterLeadDialog plannedWan(String wan) {
        Vaadin.type(driver, "lead-planned-number", wan);
        return this;
    }

    public RegisterLeadDialog keyProject() {
        driver.findElement(By.cssSelector("#lead-key-project input")).click();
        return this;
    }

    /** Saves and answers the new lead's page. */
    public LeadPage save() {
        Vaadin.click(driver, "register-lead-save");
        return new LeadPage(driver);
    }

    /** Saves expecting a refusal; answers the field error texts shown. */
    public String saveRefused() {
        Vaadin.click(driver, "register-lead-save");
        return driver.findElement(By.id("register-lead")).getText() + String.join(" ", Vaadin.notifications(driver));
    }
}
