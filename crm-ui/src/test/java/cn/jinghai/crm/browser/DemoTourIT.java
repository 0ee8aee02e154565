package cn.jinghai.crm.browser;

import cn.jinghai.crm.CrmApplication;
import cn.jinghai.crm.browser.pages.DashboardPage;
import cn.jinghai.crm.browser.pages.LoginPage;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newcomer's first look: the README's run command (demo data on an empty store) gives a living
 * dashboard on the demo year, whose figures, past-date figures and restatements are the API's; and
 * the tour takes the screenshots of each role's main pages that the README shows.
 */
@ExtendWith(BrowserTestBase.OneBrowser.class)
class DemoTourIT {

    private static ConfigurableApplicationContext app;
    private static String base;
    private static TestApi api;

    @BeforeAll
    static void startWithTheDemo() throws Exception {
        String dir = Files.createTempDirectory("crm-demo-tour-").toString();
        app = new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0", "--crm.data-dir=" + dir,
                "--crm.demo-data=true", "--crm.admin-password=demo-admin-test");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        api = new TestApi(base);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            JsonNode status = api.get("/api/admin/projections", "office", "demo-office-2022").json();
            for (JsonNode p : status) {
                if (p.get("rebuilding").asBoolean() || p.get("position").asLong() < p.get("head").asLong()) {
                    return false;
                }
            }
            return true;
        });
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void leaderOpensALivingDashboardOnTheDemoYear_andThePastAndTheRestatementDiffer() {
        WebDriver driver = signIn("leader", "demo-leader-2022");
        DashboardPage dashboard = new DashboardPage(driver);
        assertThat(driver.findElement(By.id("year")).getText()).contains("2022");
        assertThat(driver.findElement(By.id("monthly-year")).getText()).as("the monthly report follows the year shown")
                .contains("2022");
        assertThat(driver.findElement(By.id("monthly-month")).getText()).contains("12");
        JsonNode now = api.get("/api/years/2022/progress", "leader", "demo-leader-2022").json();
        assertThat(new java.math.BigDecimal(now.get("externalCapital").get("verifiedCny").asText())).isPositive();
        assertThat(dashboard.kpiExact("external")).isEqualTo(exact(now.get("externalCapital").get("verifiedCny").asText()));
        for (String chart : java.util.List.of("chart-trend", "chart-chain", "chart-channel", "chart-funnel")) {
            assertThat(dashboard.paintedPixels(chart)).as(chart).isGreaterThan(500);
        }
        Browser.screenshot(driver, "dashboard");

        dashboard.asOf("2022-03-31");
        JsonNode march = api.get("/api/years/2022/progress?asOf=2022-03-31", "leader", "demo-leader-2022").json();
        assertThat(march.get("externalCapital").get("verifiedCny").asText())
                .isNotEqualTo(now.get("externalCapital").get("verifiedCny").asText());
        assertThat(dashboard.kpiExact("external")).isEqualTo(exact(march.get("externalCapital").get("verifiedCny").asText()));
        Browser.screenshot(driver, "dashboard-as-of-2022-03-31");

        dashboard.drill("external");
        Browser.screenshot(driver, "dashboard-drilldown");

        driver.get(base + "/dashboard/restatement?year=2022&month=3");
        Browser.settle(driver);
        JsonNode restatement = api.get("/api/years/2022/restatement?month=2022-03", "leader", "demo-leader-2022").json();
        assertThat(restatement.get("changes")).as("the demo corrects March after its end").isNotEmpty();
        LoginPage.wait(driver).until(d -> !d.findElements(By.id("restatement-external")).isEmpty());
        assertThat(driver.findElement(By.id("restatement-external")).getText())
                .contains(amountShown(restatement.get("reported").get("externalCapitalCny").asText()))
                .contains(amountShown(restatement.get("now").get("externalCapitalCny").asText()));
        assertThat(driver.findElements(By.cssSelector("#restatement-changes vaadin-grid-cell-content")).size())
                .as("one row per change").isGreaterThanOrEqualTo(restatement.get("changes").size());
        Browser.screenshot(driver, "restatement");
    }

    @Test
    void eachRolesMainPages() {
        WebDriver driver = signIn("office", "demo-office-2022");
        tour(driver, "leads", "leads");
        tour(driver, "leads/board", "board");
        tour(driver, "funding", "funding-queue");
        tour(driver, "referrals", "referral-inbox");
        tour(driver, "admin/units", "units-and-quotas");
        tour(driver, "admin/projections", "rebuild");
        tour(driver, "imports", "imports");
        String lead = api.get("/api/leads?q=" + java.net.URLEncoder.encode("格林美", java.nio.charset.StandardCharsets.UTF_8)
                + "&size=1", "office", "demo-office-2022").json().get("content").get(0).get("id").asText();
        tour(driver, "leads/" + lead, "lead-page");
        tour(driver, "admin/users", "users");
        tour(driver, "admin/rewards", "rewards");
        signIn("ziya", "demo-park-2022");
        tour(driver, "dashboard", "dashboard-park-team");
    }

    /** Every staff page in English too: no text missing, no Chinese-only label left in the frame. */
    @Test
    void everyStaffPageInEnglish() {
        WebDriver driver = signIn("office", "demo-office-2022");
        new cn.jinghai.crm.browser.pages.Shell(driver).switchLanguage();
        String lead = api.get("/api/leads?size=1", "office", "demo-office-2022").json().get("content").get(0).get("id").asText();
        for (String route : java.util.List.of("dashboard", "dashboard/restatement?year=2022&month=3", "leads", "leads/board",
                "leads/" + lead, "funding", "referrals", "admin/units", "admin/users", "admin/rewards", "admin/projections",
                "imports")) {
            tour(driver, route, null);
            assertThat(new cn.jinghai.crm.browser.pages.Shell(driver).menu()).as(route).contains("Dashboard");
        }
        tour(driver, "dashboard", "dashboard-en");
        new cn.jinghai.crm.browser.pages.Shell(driver).switchLanguage();
    }

    private static void tour(WebDriver driver, String route, String name) {
        driver.get(base + "/" + route);
        Browser.settle(driver);
        try {
            Thread.sleep(700); // charts and grids finish painting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // a text missing from the bundles shows as !key! (CrmI18NProvider)
        assertThat(driver.findElement(By.tagName("body")).getText()).as(route).doesNotContainPattern("![A-Za-z]+[.][A-Za-z0-9_.-]+!");
        if (name != null) {
            Browser.screenshot(driver, name);
        }
    }

    private static WebDriver signIn(String user, String password) {
        WebDriver driver = Browser.driver();
        driver.get(base + "/login");
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        new LoginPage(driver).signIn(user, password);
        return driver;
    }

    /** As the UI shows an amount: 亿元 from one hundred million up, 万元 below, two decimals. */
    private static String amountShown(String yuan) {
        java.math.BigDecimal v = new java.math.BigDecimal(yuan);
        boolean yi = v.abs().compareTo(new java.math.BigDecimal("100000000")) >= 0;
        java.math.BigDecimal scaled = v.divide(new java.math.BigDecimal(yi ? "100000000" : "10000"), 2, java.math.RoundingMode.HALF_UP);
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return f.format(scaled) + (yi ? "亿元" : "万元");
    }

    private static String exact(String yuan) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return "¥" + f.format(new java.math.BigDecimal(yuan));
    }
}
