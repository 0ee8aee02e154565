package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 首报首谈, details and contacts (PATCH), and reassignment, through the HTTP API. */
class LeadLifecycleApiTest extends AppTestBase {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private Map<String, Object> leadOf(String company, String unit) {
        Map<String, Object> body = new HashMap<>(Fixtures.lead(unit));
        body.put("companyName", company);
        body.remove("creditCode");
        return body;
    }

    @Test
    void theFirstUnitKeepsTheCompany_untilAllItsLeadsAreDropped() {
        String company = "北京首报首谈测试科技有限公司";
        TestApi.Response first = as("ziya", "POST", "/api/leads", leadOf(company, "ZIYA"));
        assertThat(first.status()).isEqualTo(201);
        long before = eventCount();

        TestApi.Response other = as("coop", "POST", "/api/leads", leadOf("北京首报首谈测试科技有限责任公司 ", "COOP"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("error")).isEqualTo("DUPLICATE_COMPANY");
        assertThat(other.text("message")).doesNotContain("ZIYA").doesNotContain("子牙");
        TestApi.Response office = as("office2", "POST", "/api/leads", leadOf(company, "COOP"));
        assertThat(office.status()).isEqualTo(409);
        assertThat(office.text("message")).contains("ZIYA");
        assertThat(eventCount()).isEqualTo(before);

        TestApi.Response secondPhase = as("ziya", "POST", "/api/leads", leadOf("北京首报首谈测试科技（有限公司）".replace("（有限公司）", "有限公司"), "ZIYA"));
        assertThat(secondPhase.status()).as("the owner opens a second project").isEqualTo(201);

        for (String id : List.of(first.text("id"), secondPhase.text("id"))) {
            assertThat(as("ziya", "POST", "/api/leads/" + id + "/stage",
                    Map.of("stage", "DROPPED", "date", TODAY, "reason", "企业放弃落地")).status()).isEqualTo(200);
        }
        assertThat(as("coop", "POST", "/api/leads", leadOf(company, "COOP")).status())
                .as("protection lapses when all the company's leads are dropped").isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200D", "\u2060", "\u00AD", "\u202E", "\u0000", "\u0007", "\n"})
    void aNameCarryingAHiddenCharacter_isRefused_andRecordsNothing(String hidden) {
        String company = "北京隐形字符测试科技有限公司" + (int) hidden.charAt(0);
        assertThat(as("ziya", "POST", "/api/leads", leadOf(company, "ZIYA")).status()).isEqualTo(201);
        long before = eventCount();
        String disguised = hidden.equals("\u202E") ? hidden + company : company.substring(0, 2) + hidden + company.substring(2);
        TestApi.Response other = as("coop", "POST", "/api/leads", leadOf(disguised, "COOP"));
        assertThat(other.status()).as(other.toString()).isEqualTo(400);
        assertThat(other.text("field")).isEqualTo("companyName");
        assertThat(other.text("message")).contains(String.format("U+%04X", (int) hidden.charAt(0)));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void notesKeepTheirLines_butNotControlCharacters() {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response lines = as("ziya", "POST", "/api/leads/" + id + "/activities", Map.of("type", "VISIT",
                "date", TODAY, "notes", "第一行\r\n第二行"));
        assertThat(lines.status()).as(lines.toString()).isIn(200, 201);
        long before = eventCount();
        TestApi.Response bell = as("ziya", "POST", "/api/leads/" + id + "/activities", Map.of("type", "VISIT",
                "date", TODAY, "notes", "响铃\u0007记录"));
        assertThat(bell.status()).isEqualTo(400);
        assertThat(bell.text("field")).isEqualTo("notes");
        assertThat(eventCount()).isEqualTo(before);
        JsonNode history = as("ziya", "GET", "/api/leads/" + id + "/history", null).json();
        assertThat(history.get(history.size() - 1).get("data").get("notes").asText()).isEqualTo("第一行\n第二行");
    }

    @Test
    void sameCreditCode_isTheSameCompany_whateverTheName() {
        Map<String, Object> lead = Fixtures.lead("ZIYA");
        assertThat(as("ziya", "POST", "/api/leads", lead).status()).isEqualTo(201);
        Map<String, Object> renamed = new HashMap<>(lead);
        renamed.put("companyName", "完全不同的名字有限公司");
        renamed.put("unitCode", "COOP");
        TestApi.Response response = as("coop", "POST", "/api/leads", renamed);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("error")).isEqualTo("DUPLICATE_COMPANY");
    }

    @Test
    void patchChangesOnlyTheNamedFields_andPhonesAreMaskedForThoseWhoDoNotWorkTheLead() {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response patched = api.patch("/api/leads/" + id, "ziya", PASSWORD, TestApi.json(Map.of(
                "projectName", "二期扩建项目", "keyProject", true, "responsibleLeader", "李副区长",
                "contacts", List.of(Map.of("name", "王经理", "title", "总经理", "phone", "13800138000")))), "If-Match", "0");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("version").asLong()).isEqualTo(1);

        TestApi.Response mine = as("ziya", "GET", "/api/leads/" + id, null);
        assertThat(mine.text("projectName")).isEqualTo("二期扩建项目");
        assertThat(mine.text("responsibleLeader")).isEqualTo("李副区长");
        assertThat(mine.text("plannedInvestmentCny")).isEqualTo("250000000");
        assertThat(mine.json().get("contacts").get(0).get("phone").asText()).isEqualTo("13800138000");
        TestApi.Response leaders = as("leader", "GET", "/api/leads/" + id, null);
        assertThat(leaders.json().get("contacts").get(0).get("phone").asText()).isEqualTo("138****8000");

        // the history masks exactly as the lead does, for the same viewer, and shows no stored event's internals
        JsonNode leadersChange = as("leader", "GET", "/api/leads/" + id + "/history", null).json().get(1);
        assertThat(leadersChange.get("type").asText()).isEqualTo("LeadDetailsChangedEvent");
        assertThat(leadersChange.get("data").get("contacts").get(0).get("phone").asText()).isEqualTo("138****8000");
        assertThat(leadersChange.toString()).doesNotContain("13800138000");
        assertThat(leadersChange.get("data").has("leadId")).isFalse();
        JsonNode teamsChange = as("ziya", "GET", "/api/leads/" + id + "/history", null).json().get(1);
        assertThat(teamsChange.get("data").get("contacts").get(0).get("phone").asText()).isEqualTo("13800138000");
        assertThat(teamsChange.get("data").get("projectName").asText()).isEqualTo("二期扩建项目");
        JsonNode officesChange = as("office2", "GET", "/api/leads/" + id + "/history", null).json().get(1);
        assertThat(officesChange.get("data").get("contacts").get(0).get("phone").asText()).isEqualTo("13800138000");
        await().untilAsserted(() -> assertThat(as("ziya", "GET", "/api/leads?q=" + mine.text("creditCode"), null)
                .json().get("content").get(0).get("projectName").asText()).isEqualTo("二期扩建项目"));
    }

    @Test
    void badPatches_are400_andRecordNothing() {
        String id = registerLead("ziya", "ZIYA");
        assertPatchRefused(id, "{\"unitCode\":\"COOP\"}", "unitCode");
        assertPatchRefused(id, "{\"bogus\":1}", "bogus");
        assertPatchRefused(id, "{}", null);
        assertPatchRefused(id, "[]", null);
        assertPatchRefused(id, "{\"keyProject\":\"yes\"}", "keyProject");
        assertPatchRefused(id, "{\"plannedInvestmentCny\":12.5}", "plannedInvestmentCny");
        assertPatchRefused(id, "{\"plannedInvestmentCny\":\"-3\"}", "plannedInvestmentCny");
        assertPatchRefused(id, "{\"creditCode\":\"91110108551385082R\"}", "creditCode");
        assertPatchRefused(id, "{\"companyName\":null}", "companyName");
        assertPatchRefused(id, "{\"responsibleLeader\":\"李副区长\"}", "responsibleLeader");
        assertPatchRefused(id, "{\"contacts\":[{\"name\":\"王\",\"phone\":\"abc\"}]}", "contacts[0].phone");
        assertPatchRefused(id, "{\"contacts\":\"王经理\"}", "contacts");
        assertPatchRefused(id, "{\"industryChain\":\"SPACE\"}", "industryChain");
        assertThat(eventCount(id)).isEqualTo(1);
        assertThat(api.patch("/api/leads/" + id, "coop", PASSWORD, "{\"projectName\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.patch("/api/leads/" + id, "leader", PASSWORD, "{\"projectName\":\"x\"}").status()).isEqualTo(403);
        assertThat(eventCount(id)).isEqualTo(1);
    }

    private void assertPatchRefused(String id, String body, String field) {
        TestApi.Response response = api.patch("/api/leads/" + id, "ziya", PASSWORD, body);
        assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
        assertThat(response.text("field")).as(body).isEqualTo(field);
    }

    @Test
    void theOfficeReassignsALead_andTheNewUnitWorksItFromThen() {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response byPark = as("ziya", "POST", "/api/leads/" + id + "/reassign",
                Map.of("unitCode", "COOP", "reason", "想移交", "effectiveDate", TODAY));
        assertThat(byPark.status()).isEqualTo(403);
        TestApi.Response reassigned = as("office2", "POST", "/api/leads/" + id + "/reassign",
                Map.of("unitCode", "COOP", "reason", "企业选址调整至合作示范区", "effectiveDate", TODAY));
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(as("ziya", "GET", "/api/leads/" + id, null).status()).isEqualTo(404);
        TestApi.Response coop = as("coop", "GET", "/api/leads/" + id, null);
        assertThat(coop.status()).isEqualTo(200);
        assertThat(coop.text("unitCode")).isEqualTo("COOP");
        assertThat(as("coop", "POST", "/api/leads/" + id + "/stage", Map.of("stage", "NEGOTIATING", "date", TODAY))
                .status()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(as("coop", "GET", "/api/leads?size=200", null).body()).contains(id));

        TestApi.Response history = as("leader", "GET", "/api/leads/" + id + "/history", null);
        assertThat(history.json().get(1).get("type").asText()).isEqualTo("LeadReassignedEvent");
        assertThat(history.json().get(1).get("data").get("fromUnit").asText()).isEqualTo("ZIYA");
        assertThat(history.json().get(1).get("recordedBy").asText()).isEqualTo("office2");
    }

    @Test
    void theBeijingOfficeHandsItsOwnLeadsToAPark() {
        ensureUser("bjoffice", "PARK_TEAM", "BEIJING_OFFICE");
        String id = registerLead("bjoffice", "BEIJING_OFFICE");
        TestApi.Response handed = as("bjoffice", "POST", "/api/leads/" + id + "/reassign",
                Map.of("unitCode", "ZIYA", "reason", "疏解企业确定落地子牙", "effectiveDate", TODAY));
        assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
        assertThat(as("bjoffice", "GET", "/api/leads/" + id, null).status()).isEqualTo(404);
        assertThat(as("ziya", "GET", "/api/leads/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void badReassignments_are400_andRecordNothing() {
        String id = registerLead("ziya", "ZIYA");
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("unitCode", "NOWHERE", "reason", "x", "effectiveDate", TODAY),
                Map.of("unitCode", "ZIYA", "reason", "x", "effectiveDate", TODAY),
                Map.of("unitCode", "COOP", "effectiveDate", TODAY),
                Map.of("unitCode", "COOP", "reason", "x", "effectiveDate", "2999-01-01"),
                Map.of("unitCode", "COOP", "reason", "x", "effectiveDate", "2022-13-01"))) {
            TestApi.Response response = as("office2", "POST", "/api/leads/" + id + "/reassign", body);
            assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
        }
        assertThat(eventCount(id)).isEqualTo(1);
    }
}
