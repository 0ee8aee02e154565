package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.DashboardPage;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The leader's journey on the dashboard: the figures shown are the figures endpoints' (cards and every
 * chart series), the charts really paint, a verification made by the office moves the number, the
 * number drills down to the tranche behind it, and a past date shows what was known then.
 */
class DashboardIT extends BrowserTestBase {

    private static final String YEAR = "2021";

    @BeforeEach
    void aYearWithFigures() {
        if (as("leader", "GET", "/api/years/" + YEAR + "/progress", null).json().get("externalCapital")
                .get("targetCny").asText().equals("15000000000")) {
            return;
        }
        assertThat(as("admin", "PUT", "/api/years/" + YEAR + "/targets", Map.of("externalCapitalCny", "15000000000",
                "sixParksCny", "13000000000", "beijingProjects", 100)).status()).isEqualTo(200);
        assertThat(as("admin", "PUT", "/api/years/" + YEAR + "/quotas/ZIYA", Map.of("quotaCny", "50000000")).status()).isEqualTo(200);
        assertThat(as("admin", "PUT", "/api/years/" + YEAR + "/quotas/COOP", Map.of("quotaCny", "80000000")).status()).isEqualTo(200);
        String a = registerLead("ziya", "ZIYA");
        String b = registerLead("coop", "COOP");
        verifyTranche(a, reportTranche(a, "ziya", "32000000", YEAR + "-02-15"));
        verifyTranche(a, reportTranche(a, "ziya", "25000000.50", YEAR + "-05-20"));
        verifyTranche(b, reportTranche(b, "coop", "12000000", YEAR + "-05-03"));
        reportTranche(b, "coop", "999", YEAR + "-06-01"); // reported only: never counts
    }

    @Test
    void cardsAndChartsShowTheEndpointsFigures_andTheChartsPaint() {
        signIn("leader");
        open("dashboard?year=" + YEAR);
        DashboardPage page = new DashboardPage(driver);
        JsonNode progress = as("leader", "GET", "/api/years/" + YEAR + "/progress", null).json();
        assertThat(page.kpiExact("external")).isEqualTo(exact(progress.get("externalCapital").get("verifiedCny").asText()));
        assertThat(page.kpiExact("parks")).isEqualTo(exact(progress.get("sixParks").get("verifiedCny").asText()));

        JsonNode breakdown = as("leader", "GET", "/api/years/" + YEAR + "/breakdown", null).json();
        List<BigDecimal> expectedMonths = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            JsonNode v = breakdown.get("byMonth").get(String.format("%s-%02d", YEAR, m));
            expectedMonths.add(v == null ? BigDecimal.ZERO : wan(v.asText()));
        }
        assertThat(page.series("chart-trend", 0)).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expectedMonths);
        assertThat(sum(page.series("chart-chain", 0))).isEqualByComparingTo(sumWan(breakdown.get("byChain")));
        assertThat(sum(page.series("chart-channel", 0))).isEqualByComparingTo(sumWan(breakdown.get("byChannel")));
        assertThat(page.names("chart-channel")).contains("疏解清单");
        JsonNode pipeline = as("leader", "GET", "/api/pipeline", null).json();
        assertThat(page.series("chart-funnel", 0).get(0)).isEqualByComparingTo(
                new BigDecimal(pipeline.get("funnel").get("LEAD").asText()));

        for (String chart : List.of("chart-trend", "chart-chain", "chart-channel", "chart-funnel")) {
            assertThat(page.paintedPixels(chart)).as(chart + " painted").isGreaterThan(500);
        }
    }

    @Test
    void aVerificationMovesTheFigure_whichDrillsDownToTheTranche_andAPastDateShowsWhatWasKnown() {
        String lead = registerLead("ziya", "ZIYA");
        String company = as("leader", "GET", "/api/leads/" + lead, null).text("companyName");
        String tranche = reportTranche(lead, "ziya", "7654321.09", YEAR + "-09-09");
        signIn("leader");
        open("dashboard?year=" + YEAR);
        DashboardPage before = new DashboardPage(driver);
        String shownBefore = before.kpiExact("external");

        verifyTranche(lead, tranche);
        JsonNode progress = await().until(() -> as("leader", "GET", "/api/years/" + YEAR + "/progress", null).json(),
                p -> !exact(p.get("externalCapital").get("verifiedCny").asText()).equals(shownBefore));
        open("dashboard?year=" + YEAR);
        DashboardPage after = new DashboardPage(driver);
        assertThat(after.kpiExact("external")).isNotEqualTo(shownBefore)
                .isEqualTo(exact(progress.get("externalCapital").get("verifiedCny").asText()));

        DashboardPage.DrillDown drill = after.drill("external");
        assertThat(drill.cellsText()).contains(company).contains("765.43万元");
        drill.close();

        after.asOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
        assertThat(after.kpiExact("external")).as("nothing of this year was known yesterday").isEqualTo("¥0.00");
        assertThat(after.series("chart-trend", 0)).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
        after.asOf(null);
        assertThat(after.kpiExact("external")).isEqualTo(exact(progress.get("externalCapital").get("verifiedCny").asText()));
    }

    @Test
    void aParkTeamSeesItsOwnUnitsProgressAndRank() {
        signIn("ziya");
        open("dashboard?year=" + YEAR);
        DashboardPage page = new DashboardPage(driver);
        JsonNode ranking = as("ziya", "GET", "/api/years/" + YEAR + "/ranking", null).json();
        JsonNode own = null;
        for (JsonNode row : ranking) {
            if (row.get("unitCode").asText().equals("ZIYA")) {
                own = row;
            }
        }
        assertThat(own).isNotNull();
        assertThat(page.kpiExact("own-unit")).isEqualTo(exact(own.get("creditedCny").asText()));
        assertThat(page.text()).contains("排名 " + own.get("rank").asInt() + "/" + ranking.size());
    }

    private static String exact(String yuan) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return "¥" + f.format(new BigDecimal(yuan));
    }

    private static BigDecimal wan(String yuan) {
        return new BigDecimal(yuan).divide(new BigDecimal(10_000), 6, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal sumWan(JsonNode groups) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode v : groups) {
            total = total.add(wan(v.asText()));
        }
        return total;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
