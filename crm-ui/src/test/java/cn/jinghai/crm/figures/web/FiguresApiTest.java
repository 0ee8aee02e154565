package cn.jinghai.crm.figures.web;

import cn.jinghai.crm.platform.web.AsOf;
import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Progress and ranking through the API, now and as of earlier instants: a verification counts from
 * when it was recorded, a reversal stops it counting from when it was recorded, and an as-of figure
 * shows neither what came later. Uses 2019, a year no other test touches.
 */
class FiguresApiTest extends AppTestBase {

    private static final int YEAR = 2019;

    @Test
    void figuresFollowVerificationsAndReversals_andAsOfShowsWhatWasKnownThen() throws Exception {
        assertThat(as("admin", "PUT", "/api/years/2019/targets", Map.of("externalCapitalCny", "15000000000",
                "sixParksCny", "13000000000", "beijingProjects", 100)).status()).isEqualTo(200);
        assertThat(as("admin", "PUT", "/api/units/TOWN_2019", Map.of("name", "测试镇", "kind", "TOWNSHIP", "staff", 9,
                "dedicatedStaff", 3)).status()).isEqualTo(200);
        assertThat(as("admin", "PUT", "/api/years/2019/quotas/ZIYA", Map.of("quotaCny", "1000000")).status()).isEqualTo(200);
        assertThat(as("admin", "PUT", "/api/years/2019/quotas/TOWN_2019", Map.of("quotaCny", "100000")).status()).isEqualTo(200);

        String park = registerLead("ziya", "ZIYA");
        String town = registerLead("office2", "TOWN_2019");
        String t1 = reportTranche(park, "ziya", "600000", "2019-05-10");
        String t2 = reportTranche(town, "office2", "100000", "2019-08-01");
        Instant beforeVerification = Instant.now();
        Thread.sleep(20);
        verifyTranche(park, t1);
        verifyTranche(town, t2);
        Thread.sleep(20);
        Instant afterVerification = Instant.now();
        Thread.sleep(20);
        assertThat(as("office2", "POST", "/api/leads/" + park + "/tranches/" + t1 + "/reverse",
                Map.of("reason", "回单重复")).status()).isEqualTo(200);

        await().untilAsserted(() -> {
            JsonNode now = as("leader", "GET", "/api/years/2019/progress", null).json();
            assertThat(now.get("year").asInt()).isEqualTo(YEAR);
            assertThat(now.get("externalCapital").get("targetCny").asText()).isEqualTo("15000000000");
            assertThat(now.get("externalCapital").get("verifiedCny").asText()).isEqualTo("100000");
            assertThat(now.get("sixParks").get("verifiedCny").asText()).isEqualTo("0");
            assertThat(now.get("beijingProjects").get("target").asInt()).isEqualTo(100);
        });
        JsonNode then = as("leader", "GET", "/api/years/2019/progress?asOf=" + afterVerification, null).json();
        assertThat(then.get("externalCapital").get("verifiedCny").asText()).isEqualTo("700000");
        assertThat(then.get("sixParks").get("verifiedCny").asText()).isEqualTo("600000");
        JsonNode before = as("leader", "GET", "/api/years/2019/progress?asOf=" + beforeVerification, null).json();
        assertThat(before.get("externalCapital").get("verifiedCny").asText()).isEqualTo("0");

        JsonNode ranking = as("ziya", "GET", "/api/years/2019/ranking?asOf=" + afterVerification, null).json();
        assertThat(ranking).hasSize(2);
        assertThat(ranking.get(0).get("unitCode").asText()).isEqualTo("TOWN_2019");
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get(0).get("completionRate").asText()).isEqualTo("1.0000");
        assertThat(ranking.get(0).get("completed").asBoolean()).isTrue();
        assertThat(ranking.get(0).get("rewardCny").asText()).isEqualTo("6000000");
        assertThat(ranking.get(1).get("unitCode").asText()).isEqualTo("ZIYA");
        assertThat(ranking.get(1).get("completionRate").asText()).isEqualTo("0.6000");
        assertThat(ranking.get(1).get("rewardCny").asText()).isEqualTo("0");
        JsonNode rankingNow = as("ziya", "GET", "/api/years/2019/ranking", null).json();
        assertThat(rankingNow.get(1).get("creditedCny").asText()).isEqualTo("0");

        JsonNode breakdown = as("leader", "GET", "/api/years/2019/breakdown?asOf=" + afterVerification, null).json();
        assertThat(breakdown.get("byUnit").get("ZIYA").asText()).isEqualTo("600000");
        assertThat(breakdown.get("byUnit").get("TOWN_2019").asText()).isEqualTo("100000");
        assertThat(breakdown.get("byMonth").get("2019-05").asText()).isEqualTo("600000");
        assertThat(breakdown.get("byMonth").get("2019-08").asText()).isEqualTo("100000");
        assertThat(breakdown.get("byChain").get("HEALTH").asText()).isEqualTo("700000");
        assertThat(breakdown.get("byChannel").get("RELOCATION_LIST").asText()).isEqualTo("700000");
        assertThat(as("leader", "GET", "/api/years/2019/breakdown", null).json().get("byUnit").has("ZIYA")).isFalse();

        // everything was recorded long after 2019 ended: reported at the year end nothing, known now 10万,
        // explained by two verifications and a reversal
        JsonNode restated = as("leader", "GET", "/api/years/2019/restatement?month=2019-12", null).json();
        assertThat(restated.get("reported").get("externalCapitalCny").asText()).isEqualTo("0");
        assertThat(restated.get("now").get("externalCapitalCny").asText()).isEqualTo("100000");
        assertThat(restated.get("now").get("sixParksCny").asText()).isEqualTo("0");
        assertThat(restated.get("changes").findValuesAsText("type")).containsExactly("VERIFIED", "VERIFIED", "REVERSED");
        assertThat(restated.get("changes").findValuesAsText("externalCapitalDelta")).containsExactly("600000", "100000", "-600000");
        assertThat(restated.get("changes").get(2).get("trancheId").asText()).isEqualTo(t1);
        JsonNode may = as("leader", "GET", "/api/years/2019/restatement?month=2019-05", null).json();
        assertThat(may.get("now").get("externalCapitalCny").asText()).isEqualTo("0");
        assertThat(may.get("changes").findValuesAsText("type")).containsExactly("VERIFIED", "REVERSED");
        // a park team sees the district's totals but only its own unit's changes (TOWN_2019's verification is not its business)
        JsonNode parks = as("ziya", "GET", "/api/years/2019/restatement?month=2019-12", null).json();
        assertThat(parks.get("reported")).isEqualTo(restated.get("reported"));
        assertThat(parks.get("now")).isEqualTo(restated.get("now"));
        assertThat(parks.get("changes").findValuesAsText("trancheId")).containsExactly(t1, t1);
        assertThat(parks.get("changes").findValuesAsText("externalCapitalDelta")).containsExactly("600000", "-600000");
        assertThat(parks.toString()).doesNotContain(t2).doesNotContain(town);
        assertThat(as("office2", "GET", "/api/years/2019/restatement?month=2019-12", null).json().get("changes"))
                .hasSize(3);
        assertThat(as("leader", "GET", "/api/years/2019/restatement?month=2020-01", null).status()).isEqualTo(400);
        assertThat(as("leader", "GET", "/api/years/2019/restatement?month=May", null).status()).isEqualTo(400);
    }

    @Test
    void asOfADateMeansTheEndOfThatDayInChinaStandardTime_andBadInputIsRefused() {
        assertThat(as("leader", "GET", "/api/years/2019/progress?asOf=2019-01-01", null).status()).isEqualTo(200);
        TestApi.Response bad = as("leader", "GET", "/api/years/2019/progress?asOf=yesterday", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("asOf");
        assertThat(as("leader", "GET", "/api/years/1800/ranking", null).status()).isEqualTo(400);
        assertThat(as("amb", "GET", "/api/years/2019/progress", null).status()).isEqualTo(403);
        assertThat(AsOf.parse("2022-06-30")).isEqualTo(Instant.parse("2022-06-30T15:59:59.999Z"));
        assertThat(AsOf.parse("2022-06-30T16:00:00Z")).isEqualTo(Instant.parse("2022-06-30T16:00:00Z"));
        assertThat(AsOf.parse("2022-07-01T00:00:00+08:00")).isEqualTo(Instant.parse("2022-06-30T16:00:00Z"));
        assertThat(AsOf.parse("2022-07-01T00:00:00 08:00")).isEqualTo(Instant.parse("2022-06-30T16:00:00Z"));
    }
}
