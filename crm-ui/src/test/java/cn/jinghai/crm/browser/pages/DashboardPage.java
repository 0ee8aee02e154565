package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dashboard: the three targets, the ranking, the charts, the as-of date, drill-downs. */
public class DashboardPage extends Shell {

    public DashboardPage(WebDriver driver) {
        super(driver);
        LoginPage.wait(driver).until(d -> !d.findElements(By.id("dashboard-view")).isEmpty());
        Browser.settle(driver);
    }

    /** The shown value of a target card ({@code external}, {@code parks}, {@code beijing}, {@code own-unit}). */
    public String kpi(String which) {
        return driver.findElement(By.id("kpi-" + which + "-value")).getText().trim();
    }

    /** The exact amount behind a card's value (its tooltip), e.g. {@code ¥1,234.00}. */
    public String kpiExact(String which) {
        return driver.findElement(By.cssSelector("#kpi-" + which + "-value .amount")).getDomAttribute("title");
    }

    public String pace(String which) {
        return driver.findElement(By.id("kpi-" + which + "-pace")).getText().trim();
    }

    /** The values of one series of a chart, as the chart holds them. */
    @SuppressWarnings("unchecked")
    public List<BigDecimal> series(String chartId, int series) {
        Object data = js("const o = document.getElementById(arguments[0]).option; if (!o) return null;"
                + "return o.series[arguments[1]].data.map(d => (d !== null && typeof d === 'object') ? String(d.value) : String(d));",
                chartId, series);
        List<BigDecimal> values = new ArrayList<>();
        for (Object o : (List<Object>) data) {
            values.add(new BigDecimal(o.toString()));
        }
        return values;
    }

    /** The category or point names of a chart (x axis, or the data names of a pie/funnel). */
    @SuppressWarnings("unchecked")
    public List<String> names(String chartId) {
        return (List<String>) js("const o = document.getElementById(arguments[0]).option;"
                + "if (o.xAxis) return o.xAxis.data; return o.series[0].data.map(d => d.name);", chartId);
    }

    /** How many pixels of the chart's canvas are painted (neither transparent nor white). */
    public long paintedPixels(String chartId) {
        LoginPage.wait(driver).until(d -> Boolean.TRUE.equals(js(
                "const c = document.querySelector('#' + arguments[0] + ' canvas'); return !!c && c.width > 0;", chartId)));
        // let the chart's short animation finish before reading the pixels
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Object n = js("const c = document.querySelector('#' + arguments[0] + ' canvas');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) { if (d[i+3] > 0 && !(d[i] > 245 && d[i+1] > 245 && d[i+2] > 245)) n++; }"
                + "return n;", chartId);
        return ((Number) n).longValue();
    }

    /** Chooses the as-of date (yyyy-MM-dd), or clears it with null. */
    public void asOf(String date) {
        WebElement input = driver.findElement(By.cssSelector("#as-of input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (date != null) {
            input.sendKeys(date);
        }
        input.sendKeys(Keys.ENTER);
        Browser.settle(driver);
    }

    /** Clicks a card's value and answers the drill-down's rows (the text of each row's first cell). */
    public DrillDown drill(String which) {
        driver.findElement(By.id("kpi-" + which + "-value")).click();
        return new DrillDown(driver);
    }

    public List<Map<String, String>> ranking() {
        List<Map<String, String>> rows = new ArrayList<>();
        Object data = js("const g = document.getElementById('ranking-grid'); return (g.items || []).map(i => JSON.stringify(i));");
        for (Object o : (List<?>) data) {
            rows.add(Map.of("json", o.toString()));
        }
        return rows;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The drill-down dialog. */
    public static class DrillDown {
        private final WebDriver driver;

        DrillDown(WebDriver driver) {
            this.driver = driver;
            LoginPage.wait(driver).until(d -> !d.findElements(By.id("drilldown-grid")).isEmpty());
            Browser.settle(driver);
        }

        public String count() {
            return driver.findElement(By.id("drilldown-count")).getText();
        }

        /** The texts of the grid's cells, row by row (as rendered; Vaadin keeps them in the light DOM). */
        public String cellsText() {
            return String.join("|", driver.findElements(By.cssSelector("#drilldown-grid vaadin-grid-cell-content"))
                    .stream().map(WebElement::getText).toList());
        }

        public void close() {
            driver.findElement(By.id("drilldown-close")).click();
            Browser.settle(driver);
        }
    }
}
