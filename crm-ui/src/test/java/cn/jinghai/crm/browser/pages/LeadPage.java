package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.util.List;

/** A lead's page (route {@code leads/<id>}), or its "not found" state. */
public class LeadPage extends Shell {

    public LeadPage(WebDriver driver) {
        super(driver);
        Vaadin.await(driver).until(d -> Vaadin.present(d, "lead-title") || Vaadin.present(d, "lead-not-found"));
        Browser.settle(driver);
    }

    public String id() {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public boolean notFound() {
        return Vaadin.present(driver, "lead-not-found");
    }

    public String title() {
        return driver.findElement(By.id("lead-title")).getText();
    }

    public String stage() {
        return driver.findElement(By.id("lead-stage")).getText();
    }

    public String field(String name) {
        return driver.findElement(By.id("lead-field-" + name)).getText();
    }

    public boolean mayWork() {
        return Vaadin.present(driver, "lead-move");
    }

    /** Opens the stage dialog for a move to {@code stageCode} (e.g. NEGOTIATING). */
    public StageMoveDialog moveTo(String stageCode) {
        Vaadin.click(driver, "lead-move");
        Vaadin.click(driver, "move-to-" + stageCode);
        return new StageMoveDialog(driver);
    }

    public LeadPage recordActivity(String typeLabel, String notes, String nextStep, String nextStepDate) {
        Vaadin.click(driver, "lead-record-activity");
        Vaadin.byId(driver, "activity-notes");
        Vaadin.pick(driver, "activity-type", typeLabel);
        Vaadin.type(driver, "activity-notes", notes);
        Vaadin.type(driver, "activity-next-step", nextStep);
        Vaadin.type(driver, "activity-next-step-date", nextStepDate);
        Vaadin.click(driver, "activity-save");
        return new LeadPage(driver);
    }

    public LeadPage reportTranche(String amount, String evidence) {
        Vaadin.click(driver, "lead-report-tranche");
        Vaadin.byId(driver, "tranche-amount");
        Vaadin.type(driver, "tranche-amount", amount);
        Vaadin.type(driver, "tranche-evidence", evidence);
        Vaadin.click(driver, "tranche-save");
        return new LeadPage(driver);
    }

    public String nextStep() {
        return driver.findElement(By.id("lead-next-step")).getText();
    }

    /** Shows a tab ("timeline", "activities", "tranches") and answers its grid's cell texts. */
    public List<String> tab(String name) {
        driver.findElement(By.id("tab-" + name)).click();
        Browser.settle(driver);
        return Vaadin.cells(driver, "lead-" + name);
    }

    public List<String> notifications() {
        return Vaadin.notifications(driver);
    }
}
