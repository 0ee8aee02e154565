package cn.jinghai.crm.figures.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every figure drills down to the tranches and leads behind it: the rows add up to the figure (all,
 * per breakdown group, six parks, as of a past instant), and a park team sees only its own leads.
 */
class FiguresDrillDownTest extends AppTestBase {

    private static final String Y = "/api/years/2016";

    @Test
    void contributionsAddUpToTheFigures_andAreScopedForParkTeams() throws Exception {
        assertThat(as("admin", "PUT", "/api/units/TOWN_2016", Map.of("name", "钻取测试镇", "kind", "TOWNSHIP",
                "staff", 6, "dedicatedStaff", 2)).status()).isEqualTo(200);
        String ziya = registerLead("ziya", "ZIYA");
        String coop = registerLead("coop", "COOP");
        String town = registerLead("office2", "TOWN_2016");
        String t1 = reportTranche(ziya, "ziya", "3000000", "2016-03-10", "DOMESTIC_OUTSIDE_CITY");
        String t2 = reportTranche(coop, "coop", "2000000.50", "2016-04-01", "FOREIGN");
        String t3 = reportTranche(town, "office2", "700000", "2016-04-20", "DOMESTIC_OUTSIDE_CITY");
        String within = reportTranche(ziya, "ziya", "900000", "2016-05-01", "WITHIN_CITY");
        reportTranche(coop, "coop", "1234", "2016-06-01", "DOMESTIC_OUTSIDE_CITY"); // reported, never verified
        verifyTranche(ziya, t1);
        Thread.sleep(20);
        Instant afterFirst = Instant.now();
        Thread.sleep(20);
        verifyTranche(coop, t2);
        verifyTranche(town, t3);
        verifyTranche(ziya, within);

        await().untilAsserted(() -> {
            JsonNode all = as("leader", "GET", Y + "/contributions", null).json();
            assertThat(trancheIds(all)).containsExactlyInAnyOrder(t1, t2, t3);
            assertThat(sum(all)).isEqualByComparingTo(
                    new BigDecimal(as("leader", "GET", Y + "/progress", null).json().get("externalCapital").get("verifiedCny").asText()));
        });
        JsonNode all = as("leader", "GET", Y + "/contributions", null).json();
        assertThat(all.get(0).get("trancheId").asText()).as("largest first").isEqualTo(t1);
        assertThat(all.get(0).get("companyName").asText()).isNotBlank();
        assertThat(all.get(0).get("creditedUnit").asText()).isEqualTo("ZIYA");

        JsonNode parks = as("leader", "GET", Y + "/contributions?sixParks=true", null).json();
        assertThat(trancheIds(parks)).containsExactlyInAnyOrder(t1, t2);
        assertThat(sum(parks)).isEqualByComparingTo(new BigDecimal(
                as("leader", "GET", Y + "/progress", null).json().get("sixParks").get("verifiedCny").asText()));

        JsonNode breakdown = as("leader", "GET", Y + "/breakdown", null).json();
        for (String by : List.of("UNIT", "CHAIN", "CHANNEL", "MONTH")) {
            JsonNode groups = breakdown.get("by" + by.charAt(0) + by.substring(1).toLowerCase());
            groups.fieldNames().forEachRemaining(group -> {
                JsonNode rows = as("leader", "GET", Y + "/contributions?by=" + by + "&group="
                        + java.net.URLEncoder.encode(group, java.nio.charset.StandardCharsets.UTF_8), null).json();
                assertThat(sum(rows)).as(by + " " + group).isEqualByComparingTo(new BigDecimal(groups.get(group).asText()));
            });
        }

        JsonNode past = as("leader", "GET", Y + "/contributions?asOf=" + afterFirst, null).json();
        assertThat(trancheIds(past)).containsExactly(t1);

        JsonNode mine = as("ziya", "GET", Y + "/contributions", null).json();
        assertThat(trancheIds(mine)).as("a park team sees only its own unit's leads").containsExactly(t1);
        assertThat(mine.toString()).doesNotContain(coop).doesNotContain(town);

        JsonNode beijing = as("leader", "GET", Y + "/beijing-projects", null).json();
        assertThat(beijing).isEmpty();
    }

    @Test
    void badDrillDownRequestsAreRefused() {
        assertThat(as("leader", "GET", Y + "/contributions?by=COLOUR&group=x", null).status()).isEqualTo(400);
        assertThat(as("leader", "GET", Y + "/contributions?by=UNIT", null).status()).isEqualTo(400);
        assertThat(as("leader", "GET", "/api/years/1800/contributions", null).status()).isEqualTo(400);
        assertThat(as("amb", "GET", Y + "/contributions", null).status()).isEqualTo(403);
        assertThat(as("amb", "GET", Y + "/beijing-projects", null).status()).isEqualTo(403);
    }

    private static List<String> trancheIds(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("trancheId").asText()));
        return ids;
    }

    private static BigDecimal sum(JsonNode rows) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode r : rows) {
            total = total.add(new BigDecimal(r.get("amountCny").asText()));
        }
        return total;
    }
}
