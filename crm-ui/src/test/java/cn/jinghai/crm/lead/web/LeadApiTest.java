package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;

import static cn.jinghai.crm.support.Fixtures.REMOVE;
import static cn.jinghai.crm.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LeadApiTest extends AppTestBase {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void parkTeam_registersMovesAndReadsItsLead_withHistoryOfWhoAndWhen() {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response moved = as("ziya", "POST", "/api/leads/" + id + "/stage", Map.of("stage", "NEGOTIATING", "date", TODAY));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("version").asLong()).isEqualTo(1);
        assertThat(moved.text("id")).isEqualTo(id);

        TestApi.Response lead = as("ziya", "GET", "/api/leads/" + id, null);
        assertThat(lead.status()).isEqualTo(200);
        assertThat(lead.text("stage")).isEqualTo("NEGOTIATING");
        assertThat(lead.text("unitCode")).isEqualTo("ZIYA");
        assertThat(lead.json().get("version").asLong()).isEqualTo(1);
        assertThat(lead.text("plannedInvestmentCny")).isEqualTo("250000000");
        assertThat(lead.header("ETag")).isEqualTo("\"1\"");

        TestApi.Response history = as("leader", "GET", "/api/leads/" + id + "/history", null);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        JsonNode first = history.json().get(0);
        assertThat(first.get("type").asText()).isEqualTo("LeadRegisteredEvent");
        assertThat(first.get("recordedBy").asText()).isEqualTo("ziya");
        assertThat(first.get("recordedAt").asText()).endsWith("Z");
        assertThat(history.json().get(1).get("data").get("to").asText()).isEqualTo("NEGOTIATING");
    }

    @Test
    void signedNeedsTheContractedAmount_andAmountsAreExactDecimalStrings() {
        String id = registerLead("ziya", "ZIYA");
        as("ziya", "POST", "/api/leads/" + id + "/stage", Map.of("stage", "NEGOTIATING", "date", TODAY));
        TestApi.Response noAmount = as("ziya", "POST", "/api/leads/" + id + "/stage", Map.of("stage", "SIGNED", "date", TODAY));
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.text("field")).isEqualTo("contractedCny");
        TestApi.Response signed = as("ziya", "POST", "/api/leads/" + id + "/stage",
                Map.of("stage", "SIGNED", "date", TODAY, "contractedCny", "123456789.1"));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(as("ziya", "GET", "/api/leads/" + id, null).text("contractedCny")).isEqualTo("123456789.10");
    }

    @Test
    void anotherUnitsLead_isIndistinguishableFromAnUnknownOne() {
        String id = registerLead("ziya", "ZIYA");
        long before = eventCount(id);
        TestApi.Response foreign = as("coop", "GET", "/api/leads/" + id, null);
        TestApi.Response unknown = as("coop", "GET", "/api/leads/00000000-0000-0000-0000-000000000000", null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(unknown.body());
        assertThat(as("coop", "GET", "/api/leads/" + id + "/history", null).status()).isEqualTo(404);
        TestApi.Response move = as("coop", "POST", "/api/leads/" + id + "/stage", Map.of("stage", "NEGOTIATING", "date", TODAY));
        assertThat(move.status()).isEqualTo(404);
        TestApi.Response staleMove = as("coop", "POST", "/api/leads/" + id + "/stage",
                Map.of("stage", "NEGOTIATING", "date", TODAY), "If-Match", "99");
        assertThat(staleMove.status()).isEqualTo(404);
        TestApi.Response activity = as("coop", "POST", "/api/leads/" + id + "/activities",
                Map.of("type", "CALL", "date", TODAY, "notes", "打听"));
        assertThat(activity.status()).isEqualTo(404);
        assertThat(eventCount(id)).isEqualTo(before);
        await().untilAsserted(() -> assertThat(as("office2", "GET", "/api/leads?unit=ZIYA&size=200", null).body()).contains(id));
        assertThat(as("coop", "GET", "/api/leads?size=200", null).body()).doesNotContain(id);
        assertThat(as("coop", "GET", "/api/leads?unit=ZIYA&size=200", null).json().get("totalElements").asLong()).isZero();
        assertThat(as("amb", "GET", "/api/leads/" + id, null).status()).isEqualTo(403);
    }

    @Test
    void staleIfMatch_is409_andRecordsNothing() {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response ok = as("ziya", "POST", "/api/leads/" + id + "/stage", Map.of("stage", "NEGOTIATING", "date", TODAY),
                "If-Match", "\"0\"");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        TestApi.Response stale = as("ziya", "POST", "/api/leads/" + id + "/activities",
                Map.of("type", "VISIT", "date", TODAY, "notes", "上门拜访"), "If-Match", "0");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("error")).isEqualTo("STALE_VERSION");
        assertThat(eventCount(id)).isEqualTo(2);
        TestApi.Response garbage = as("ziya", "POST", "/api/leads/" + id + "/activities",
                Map.of("type", "VISIT", "date", TODAY, "notes", "上门拜访"), "If-Match", "abc");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.text("field")).isEqualTo("If-Match");
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void messagesAreChineseByDefault_andEnglishOnRequest() {
        String body = TestApi.json(with(Fixtures.lead("ZIYA"), "plannedInvestmentCny", "-1"));
        TestApi.Response zh = api.post("/api/leads", "ziya", PASSWORD, body);
        TestApi.Response en = api.post("/api/leads", "ziya", PASSWORD, body, "Accept-Language", "en");
        assertThat(zh.text("message")).isEqualTo("金额必须大于零。");
        assertThat(en.text("message")).isEqualTo("The amount must be greater than zero.");
    }

    static Stream<Arguments> badRegistrations() {
        Map<String, Object> ok = Fixtures.lead("ZIYA");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"companyName\": ", null),
                Arguments.of("not an object", "[1,2]", null),
                Arguments.of("missing company", TestApi.json(with(ok, "companyName", REMOVE)), "companyName"),
                Arguments.of("blank company", TestApi.json(with(ok, "companyName", "   ")), "companyName"),
                Arguments.of("company as number", TestApi.json(with(ok, "companyName", 5)), "companyName"),
                Arguments.of("huge company name", TestApi.json(with(ok, "companyName", "公".repeat(100_000))), "companyName"),
                Arguments.of("missing project", TestApi.json(with(ok, "projectName", REMOVE)), "projectName"),
                Arguments.of("bad check character", TestApi.json(with(ok, "creditCode", "91110108551385082R")), "creditCode"),
                Arguments.of("short credit code", TestApi.json(with(ok, "creditCode", "9111010855")), "creditCode"),
                Arguments.of("credit code with I", TestApi.json(with(ok, "creditCode", "91110108551385082I")), "creditCode"),
                Arguments.of("unknown channel", TestApi.json(with(ok, "channel", "TELEPATHY")), "channel"),
                Arguments.of("channel as number", TestApi.json(with(ok, "channel", 1)), "channel"),
                Arguments.of("unknown origin", TestApi.json(with(ok, "capitalOrigin", "MARS")), "capitalOrigin"),
                Arguments.of("amount as JSON float", TestApi.json(with(ok, "plannedInvestmentCny", 1000.5)), "plannedInvestmentCny"),
                Arguments.of("over-precise amount", TestApi.json(with(ok, "plannedInvestmentCny", "1000.005")), "plannedInvestmentCny"),
                Arguments.of("negative amount", TestApi.json(with(ok, "plannedInvestmentCny", "-100")), "plannedInvestmentCny"),
                Arguments.of("zero amount", TestApi.json(with(ok, "plannedInvestmentCny", "0")), "plannedInvestmentCny"),
                Arguments.of("amount in words", TestApi.json(with(ok, "plannedInvestmentCny", "一亿")), "plannedInvestmentCny"),
                Arguments.of("missing amount", TestApi.json(with(ok, "plannedInvestmentCny", REMOVE)), "plannedInvestmentCny"),
                Arguments.of("boolean as string", TestApi.json(with(ok, "beijing", "true")), "beijing"),
                Arguments.of("missing boolean", TestApi.json(with(ok, "keyProject", REMOVE)), "keyProject"),
                Arguments.of("lower-case chain", TestApi.json(with(ok, "industryChain", "health")), "industryChain"),
                Arguments.of("missing unit", TestApi.json(with(ok, "unitCode", REMOVE)), "unitCode"),
                Arguments.of("unknown field", TestApi.json(with(ok, "budget", "1")), "budget"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void badRegistration_is400NamingTheField_andRecordsNothing(String name, String body, String field) {
        long before = eventCount();
        TestApi.Response response = api.post("/api/leads", "office2", PASSWORD, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.text("error")).isEqualTo("VALIDATION");
        assertThat(response.text("field")).isEqualTo(field);
        assertThat(response.text("message")).isNotBlank().doesNotContain("Exception");
        assertThat(eventCount()).isEqualTo(before);
    }

    static Stream<Arguments> badMoves() {
        return Stream.of(
                Arguments.of("unknown stage", "{\"stage\":\"PARTY\",\"date\":\"" + TODAY + "\"}", "stage"),
                Arguments.of("missing stage", "{\"date\":\"" + TODAY + "\"}", "stage"),
                Arguments.of("impossible date", "{\"stage\":\"NEGOTIATING\",\"date\":\"2022-02-30\"}", "date"),
                Arguments.of("date in the future", "{\"stage\":\"NEGOTIATING\",\"date\":\"2999-01-01\"}", "date"),
                Arguments.of("date as number", "{\"stage\":\"NEGOTIATING\",\"date\":20220101}", "date"),
                Arguments.of("hold without review date", "{\"stage\":\"ON_HOLD\",\"date\":\"" + TODAY + "\"}", "reviewDate"),
                Arguments.of("back to LEAD", "{\"stage\":\"LEAD\",\"date\":\"" + TODAY + "\",\"reason\":\"x\"}", "stage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMoves")
    void badStageMove_is400_andRecordsNothing(String name, String body, String field) {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response response = api.post("/api/leads/" + id + "/stage", "ziya", PASSWORD, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.text("field")).isEqualTo(field);
        assertThat(eventCount(id)).isEqualTo(1);
    }

    @Test
    void skippingWithoutReason_is409IllegalTransition() {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response response = as("ziya", "POST", "/api/leads/" + id + "/stage",
                Map.of("stage", "REGISTERED", "date", TODAY));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("error")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(eventCount(id)).isEqualTo(1);
    }

    @Test
    void listIsPaged_andSearchable() {
        Map<String, Object> body = Fixtures.lead("LOGISTICS");
        body.put("companyName", "天津静海物流搜索测试有限公司");
        TestApi.Response created = as("office2", "POST", "/api/leads", body);
        String id = created.text("id");
        await().untilAsserted(() -> {
            TestApi.Response found = as("leader", "GET", "/api/leads?q=物流搜索测试", null);
            assertThat(found.json().get("totalElements").asLong()).isEqualTo(1);
            assertThat(found.json().get("content").get(0).get("id").asText()).isEqualTo(id);
        });
        registerLead("office2", "LOGISTICS");
        await().untilAsserted(() -> {
            TestApi.Response page = as("office2", "GET", "/api/leads?unit=LOGISTICS&page=0&size=1", null);
            assertThat(page.json().get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(page.json().get("content")).hasSize(1);
            assertThat(page.json().get("size").asInt()).isEqualTo(1);
        });
        assertThat(as("office2", "GET", "/api/leads?size=0", null).status()).isEqualTo(400);
        assertThat(as("office2", "GET", "/api/leads?page=-1", null).status()).isEqualTo(400);
        assertThat(as("office2", "GET", "/api/leads?stage=NOPE", null).status()).isEqualTo(400);
        assertThat(as("amb", "GET", "/api/leads", null).status()).isEqualTo(403);
    }
}
