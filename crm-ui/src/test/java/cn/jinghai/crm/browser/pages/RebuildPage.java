package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

/** Rebuilding the read models (route {@code admin/projections}). */
public class RebuildPage extends Shell {

    public RebuildPage(WebDriver driver) {
        super(driver);
        VaadinUi.wait(driver).until(d -> !d.findElements(By.cssSelector(".projection-row")).isEmpty());
        Browser.settle(driver);
    }

    /** The read models listed, by their technical names. */
    public List<String> projections() {
        return driver.findElements(By.cssSelector(".projection-row")).stream()
                .map(e -> e.getDomAttribute("id").substring("projection-".length())).toList();
    }

    /** Each read model's progress bar value (0-100). */
    public List<Double> progress() {
        return driver.findElements(By.cssSelector(".projection-row vaadin-progress-bar")).stream()
                .map(e -> Double.parseDouble(e.getDomProperty("value"))).toList();
    }

    /** Whether any read model reports it is rebuilding. */
    public boolean anyRebuilding() {
        return driver.findElements(By.cssSelector("[id^=projection-state-]")).stream()
                .anyMatch(e -> "true".equals(e.getDomAttribute("data-rebuilding")));
    }

    public void rebuildAll() {
        VaadinUi.click(driver, "rebuild-all");
        VaadinUi.click(driver, "rebuild-confirm-button");
    }

    /** Waits for the "rebuild complete" notice (the page polls once a second meanwhile). */
    public String awaitDone(String doneText) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> VaadinUi.notifications(d).stream().anyMatch(n -> n.contains(doneText)));
        return VaadinUi.notifications(driver).stream().filter(n -> n.contains(doneText)).findFirst().orElseThrow();
    }

    public List<String> states() {
        return driver.findElements(By.cssSelector("[id^=projection-state-]")).stream().map(WebElement::getText).toList();
    }
}
