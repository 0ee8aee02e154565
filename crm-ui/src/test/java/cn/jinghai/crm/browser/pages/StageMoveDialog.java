package cn.jinghai.crm.browser.pages;

import org.openqa.selenium.WebDriver;

/** The dialog asking what a stage move needs (lead page and board). */
public class StageMoveDialog {

    private final WebDriver driver;

    public StageMoveDialog(WebDriver driver) {
        this.driver = driver;
        Vaadin.byId(driver, "move-date");
    }

    public boolean asksContractedAmount() {
        return Vaadin.present(driver, "move-contracted");
    }

    public StageMoveDialog contractedWan(String wan) {
        Vaadin.type(driver, "move-contracted-number", wan);
        return this;
    }

    public StageMoveDialog reason(String reason) {
        Vaadin.type(driver, "move-reason", reason);
        return this;
    }

    public void save() {
        Vaadin.click(driver, "move-stage-save");
    }

    public boolean open() {
        return Vaadin.present(driver, "move-date");
    }
}
