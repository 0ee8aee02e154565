package cn.jinghai.crm.funding.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Funding tranches over HTTP: report, verify, reject, reverse, with every role and input rule. */
class TrancheApiTest extends AppTestBase {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static Map<String, Object> tranche() {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", "1000000");
        body.put("currency", "USD");
        body.put("rateToCny", "6.7261");
        body.put("origin", "FOREIGN");
        body.put("arrivalDate", TODAY);
        body.put("evidence", "中国银行入账回单 BOC-2022-0610");
        return body;
    }

    private String report(String leadId, String user) {
        TestApi.Response response = as(user, "POST", "/api/leads/" + leadId + "/tranches", tranche());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("trancheId");
    }

    @Test
    void theUnitReports_theOfficeVerifies_andTheLeadShowsTheFixedCnyAmount() {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = report(lead, "ziya");
        TestApi.Response verified = as("office2", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        JsonNode shown = as("ziya", "GET", "/api/leads/" + lead, null).json().get("tranches").get(0);
        assertThat(shown.get("amountCny").asText()).isEqualTo("6726100");
        assertThat(shown.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(shown.get("reportedBy").asText()).isEqualTo("ziya");
        assertThat(shown.get("rateToCny").isTextual()).as("rates are decimal strings").isTrue();
        assertThat(shown.get("rateToCny").asText()).isEqualTo("6.7261");
        assertThat(shown.get("amount").isTextual()).isTrue();
        JsonNode reportedEvent = as("leader", "GET", "/api/leads/" + lead + "/history", null).json().get(1).get("data");
        assertThat(reportedEvent.get("rateToCny").isTextual()).as("in the history too").isTrue();
        assertThat(reportedEvent.get("amountCny").asText()).isEqualTo("6726100");

        TestApi.Response reversed = as("office2", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/reverse",
                Map.of("reason", "重复填报，冲销"));
        assertThat(reversed.status()).isEqualTo(200);
        List<String> types = as("leader", "GET", "/api/leads/" + lead + "/history", null).json().findValuesAsText("type");
        assertThat(types).containsSubsequence("TrancheReportedEvent", "TrancheVerifiedEvent", "TrancheReversedEvent");
    }

    @Test
    void staleIfMatchOnAVerification_is409_andRecordsNothing() {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = report(lead, "ziya");
        TestApi.Response stale = api.post("/api/leads/" + lead + "/tranches/" + tranche + "/verify", "office2", PASSWORD, "",
                "If-Match", "0");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("error")).isEqualTo("STALE_VERSION");
        assertThat(eventCount(lead)).isEqualTo(2);
        assertThat(api.post("/api/leads/" + lead + "/tranches/" + tranche + "/verify", "office2", PASSWORD, "",
                "If-Match", "1").status()).isEqualTo(200);
    }

    @Test
    void theReporterNeverVerifies_evenFromTheOffice() {
        String lead = registerLead("office2", "ZIYA");
        String tranche = report(lead, "office2");
        long before = eventCount(lead);
        TestApi.Response own = as("office2", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.text("error")).isEqualTo("FORBIDDEN");
        assertThat(eventCount(lead)).isEqualTo(before);
        assertThat(as("admin", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "").status()).isEqualTo(200);
    }

    @Test
    void onlyTheOfficeDecides_andOtherUnitsCannotEvenSeeTheTranche() {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = report(lead, "ziya");
        long before = eventCount(lead);
        assertThat(as("ziya", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "").status()).isEqualTo(403);
        assertThat(as("leader", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "").status()).isEqualTo(403);
        assertThat(as("amb", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "").status()).isEqualTo(403);
        assertThat(as("coop", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "").status()).isEqualTo(404);
        assertThat(as("coop", "POST", "/api/leads/" + lead + "/tranches", tranche()).status()).isEqualTo(404);
        assertThat(as("office2", "POST", "/api/leads/" + lead + "/tranches/unknown-tranche/verify", "").status()).isEqualTo(404);
        assertThat(eventCount(lead)).isEqualTo(before);
    }

    @Test
    void rejectedNeedsAReason_andARejectedTrancheCannotBeVerifiedOrReversed() {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = report(lead, "ziya");
        String base = "/api/leads/" + lead + "/tranches/" + tranche;
        assertThat(as("office2", "POST", base + "/reject", Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(as("office2", "POST", base + "/reverse", Map.of("reason", "x")).status()).isEqualTo(409);
        assertThat(as("office2", "POST", base + "/reject", Map.of("reason", "回单不清晰")).status()).isEqualTo(200);
        TestApi.Response verify = as("office2", "POST", base + "/verify", "");
        assertThat(verify.status()).isEqualTo(409);
        assertThat(verify.text("error")).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void aDroppedLeadTakesNoFunds() {
        String lead = registerLead("ziya", "ZIYA");
        as("ziya", "POST", "/api/leads/" + lead + "/stage", Map.of("stage", "DROPPED", "date", TODAY, "reason", "企业放弃"));
        TestApi.Response response = as("ziya", "POST", "/api/leads/" + lead + "/tranches", tranche());
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("error")).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void badTranches_are400NamingTheField_andRecordNothing() {
        String lead = registerLead("ziya", "ZIYA");
        Object[][] cases = {
                {"amount", "-5", "amount"}, {"amount", "0", "amount"}, {"amount", "12.345", "amount"},
                {"amount", 1000, "amount"}, {"amount", null, "amount"},
                {"currency", "dollars", "currency"}, {"currency", "ABC", "currency"},
                {"rateToCny", "0", "rateToCny"}, {"rateToCny", "-6.7", "rateToCny"}, {"rateToCny", 6.7, "rateToCny"},
                {"arrivalDate", "2999-01-01", "arrivalDate"}, {"arrivalDate", "2022-02-29", "arrivalDate"},
                {"origin", "MOON", "origin"}, {"origin", null, "origin"}, {"evidence", "", "evidence"},
                {"evidence", "据".repeat(201), "evidence"}};
        for (Object[] c : cases) {
            Map<String, Object> body = tranche();
            body.put((String) c[0], c[1]);
            TestApi.Response response = as("ziya", "POST", "/api/leads/" + lead + "/tranches", body);
            assertThat(response.status()).as(c[0] + "=" + c[1] + " -> " + response).isEqualTo(400);
            assertThat(response.text("field")).as(c[0] + "=" + c[1]).isEqualTo(c[2]);
        }
        Map<String, Object> cny = tranche();
        cny.put("currency", "CNY");
        TestApi.Response wrongRate = as("ziya", "POST", "/api/leads/" + lead + "/tranches", cny);
        assertThat(wrongRate.status()).isEqualTo(400);
        assertThat(wrongRate.text("field")).isEqualTo("rateToCny");
        assertThat(eventCount(lead)).isEqualTo(1);
    }

    @Test
    void theOfficesQueueShowsReportedTranchesWithTheirLead_untilDecided() {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = report(lead, "ziya");
        await().untilAsserted(() -> {
            JsonNode queue = as("office2", "GET", "/api/tranches", null).json();
            JsonNode entry = null;
            for (JsonNode t : queue) {
                if (t.get("trancheId").asText().equals(tranche)) {
                    entry = t;
                }
            }
            assertThat(entry).isNotNull();
            assertThat(entry.get("unitCode").asText()).isEqualTo("ZIYA");
            assertThat(entry.get("companyName").asText()).isNotBlank();
            assertThat(entry.get("amountCny").asText()).isEqualTo("6726100");
            assertThat(entry.get("reportedBy").asText()).isEqualTo("ziya");
        });
        assertThat(as("office2", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/reject",
                Map.of("reason", "回单不清晰")).status()).isEqualTo(200);
        await().untilAsserted(() -> {
            assertThat(as("office2", "GET", "/api/tranches", null).body()).doesNotContain(tranche);
            assertThat(as("office2", "GET", "/api/tranches?status=REJECTED", null).body()).contains(tranche);
        });
        assertThat(as("ziya", "GET", "/api/tranches", null).status()).isEqualTo(403);
        assertThat(as("office2", "GET", "/api/tranches?status=LOST", null).status()).isEqualTo(400);
    }
}
