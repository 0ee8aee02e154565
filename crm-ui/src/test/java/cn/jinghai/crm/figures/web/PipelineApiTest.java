package cn.jinghai.crm.figures.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pipeline of one unit of this test's own (PIPE_T), and the district's, through the API. */
class PipelineApiTest extends AppTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void countsAmountsFunnelTimeInStageStalledAndOverdue() {
        assertThat(as("admin", "PUT", "/api/units/PIPE_T", Map.of("name", "管道测试镇", "kind", "TOWNSHIP", "staff", 5,
                "dedicatedStaff", 2)).status()).isEqualTo(200);
        ensureUser("pipe", "PARK_TEAM", "PIPE_T");
        registerLead("ziya", "ZIYA");
        String a = lead("100000000", true);
        String b = lead("50000000", false);
        String c = lead("25000000.50", false);
        move(a, "NEGOTIATING", TODAY.minusDays(20), null);
        move(a, "SIGNED", TODAY.minusDays(10), "80000000");
        move(b, "NEGOTIATING", TODAY.minusDays(5), null);
        move(c, "DROPPED", TODAY, "企业放弃");
        assertThat(as("pipe", "POST", "/api/leads/" + a + "/activities", Map.of("type", "VISIT",
                "date", TODAY.minusDays(40).toString(), "notes", "上门拜访", "nextStep", "提交用地申请",
                "nextStepDate", TODAY.minusDays(35).toString())).status()).isEqualTo(200);

        await().untilAsserted(() -> {
            JsonNode p = as("pipe", "GET", "/api/pipeline", null).json();
            assertThat(p.get("byStage").get("SIGNED").get("count").asLong()).isEqualTo(1);
            assertThat(p.get("byStage").get("SIGNED").get("plannedCny").asText()).isEqualTo("100000000");
            assertThat(p.get("byStage").get("SIGNED").get("contractedCny").asText()).isEqualTo("80000000");
            assertThat(p.get("byStage").get("NEGOTIATING").get("count").asLong()).isEqualTo(1);
            assertThat(p.get("byStage").get("DROPPED").get("plannedCny").asText()).isEqualTo("25000000.50");
            assertThat(p.get("byStage").has("LEAD")).isFalse();
            assertThat(p.get("byUnit").get("PIPE_T").get("count").asLong()).isEqualTo(3);
            assertThat(p.get("byChain").get("HEALTH").get("plannedCny").asText()).isEqualTo("175000000.50");
            assertThat(p.get("funnel").get("LEAD").asLong()).isEqualTo(3);
            assertThat(p.get("funnel").get("NEGOTIATING").asLong()).isEqualTo(2);
            assertThat(p.get("funnel").get("SIGNED").asLong()).isEqualTo(1);
            assertThat(p.get("funnel").get("REGISTERED").asLong()).isZero();
            assertThat(new java.math.BigDecimal(p.get("averageDaysInStage").get("NEGOTIATING").asText())).isEqualByComparingTo("10.0");
            assertThat(p.get("stalledKeyProjects").findValuesAsText("leadId")).containsExactly(a);
            assertThat(p.get("stalledKeyProjects").get(0).get("daysWithoutActivity").asLong()).isEqualTo(40);
            assertThat(p.get("overdueNextSteps").findValuesAsText("leadId")).containsExactly(a);
            assertThat(p.get("overdueNextSteps").get(0).get("daysOverdue").asLong()).isEqualTo(35);
        });
        JsonNode district = as("leader", "GET", "/api/pipeline", null).json();
        assertThat(district.get("byUnit").get("PIPE_T").get("count").asLong()).isEqualTo(3);
        assertThat(district.get("byUnit").has("ZIYA")).isTrue();
        JsonNode forced = as("pipe", "GET", "/api/pipeline?unit=ZIYA", null).json();
        assertThat(forced.get("byUnit").has("ZIYA")).as("a park team sees only its own unit").isFalse();
        assertThat(as("amb", "GET", "/api/pipeline", null).status()).isEqualTo(403);

        assertThat(as("admin", "POST", "/api/leads/" + b + "/reassign", Map.of("unitCode", "ZIYA", "reason", "移交",
                "effectiveDate", TODAY.toString())).status()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(as("pipe", "GET", "/api/pipeline", null).json()
                .get("byUnit").get("PIPE_T").get("count").asLong()).isEqualTo(2));
    }

    private String lead(String planned, boolean key) {
        Map<String, Object> body = new HashMap<>(Fixtures.lead("PIPE_T"));
        body.put("plannedInvestmentCny", planned);
        body.put("keyProject", key);
        TestApi.Response created = as("pipe", "POST", "/api/leads", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private void move(String lead, String stage, LocalDate date, String extra) {
        Map<String, Object> body = new HashMap<>(Map.of("stage", stage, "date", date.toString()));
        if ("SIGNED".equals(stage)) {
            body.put("contractedCny", extra);
        } else if (extra != null) {
            body.put("reason", extra);
        }
        TestApi.Response response = as("pipe", "POST", "/api/leads/" + lead + "/stage", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
