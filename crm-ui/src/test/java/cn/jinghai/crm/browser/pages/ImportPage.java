package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

/** The relocation-list import (route {@code imports}). */
public class ImportPage extends Shell {

    public ImportPage(WebDriver driver) {
        super(driver);
        Vaadin.byId(driver, "import-view");
        Browser.settle(driver);
    }

    /** Whether nothing was imported yet on this page (the empty state shows). */
    public boolean showsEmptyState() {
        return driver.findElement(By.id("import-empty")).isDisplayed();
    }

    public boolean unitIsFixed() {
        return driver.findElement(By.id("import-unit")).getAttribute("readonly") != null;
    }

    /** The chosen unit as shown. */
    public String unit() {
        return driver.findElement(By.id("import-unit")).findElement(By.tagName("input")).getAttribute("value");
    }

    /** The units the selector offers (opens and closes it). */
    public List<String> unitChoices() {
        WebElement combo = driver.findElement(By.id("import-unit"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].opened = true", combo);
        Browser.settle(driver);
        List<String> items = driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .map(WebElement::getText).map(String::trim).filter(s -> !s.isEmpty()).toList();
        ((JavascriptExecutor) driver).executeScript("arguments[0].opened = false", combo);
        return items;
    }

    public ImportPage chooseUnit(String name) {
        Vaadin.pick(driver, "import-unit", name);
        return this;
    }

    /** Uploads {@code file} and waits until the import's result is shown. */
    public ImportPage upload(Path file) {
        WebElement upload = Vaadin.byId(driver, "import-upload");
        fileInput(upload).sendKeys(file.toAbsolutePath().toString());
        Vaadin.await(driver).until(d -> {
            Browser.settle(d);
            // the result panel is not on the page at all until the first import has finished
            return d.findElements(By.id("import-result")).stream().anyMatch(WebElement::isDisplayed)
                    || !Vaadin.notifications(d).isEmpty();
        });
        return this;
    }

    private WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.get(0);
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    /** The outcome codes of the grid's shown rows in order (CREATED, REJECTED, …); rows the grid keeps for reuse are hidden. */
    public List<String> outcomes() {
        Browser.settle(driver);
        return driver.findElements(By.cssSelector("#import-grid [data-outcome]")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("data-outcome")).toList();
    }

    /** The grid's cell texts in DOM order (row numbers, outcome labels, columns, reasons). */
    public List<String> cells() {
        return Vaadin.cells(driver, "import-grid");
    }

    public int leadLinks() {
        return driver.findElements(By.cssSelector("#import-grid a[data-lead]")).size();
    }

    /** One of the counts: rows, created, linked, rejected, already. */
    public String count(String which) {
        return driver.findElement(By.id("import-count-" + which)).getText();
    }

    public ImportPage filter(String outcomeLabel) {
        WebElement select = driver.findElement(By.id("import-outcome-filter"));
        select.click();
        Browser.settle(driver);
        driver.findElements(By.tagName("vaadin-select-item")).stream().filter(i -> i.getText().trim().equals(outcomeLabel))
                .findFirst().orElseThrow(() -> new AssertionError("no outcome " + outcomeLabel)).click();
        Browser.settle(driver);
        return this;
    }

    /** The report's download link ({@code csv} or {@code xlsx}), its address. */
    public String reportHref(String format) {
        return href("import-report-" + format);
    }

    /** The address of any download link on the current page, by its id. */
    public String href(String linkId) {
        return Vaadin.byId(driver, linkId).getAttribute("href");
    }

    /** Downloads a link's file in the signed-in browser session and answers it as text. */
    public String fetchText(String href) {
        Object text = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                href);
        return String.valueOf(text);
    }

    public List<String> notifications() {
        return Vaadin.notifications(driver);
    }
}
