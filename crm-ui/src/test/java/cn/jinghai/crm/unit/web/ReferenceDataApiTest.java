package cn.jinghai.crm.unit.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Units, industry chains, targets and quotas over HTTP (API.md, "Units and years", "Codes"). */
class ReferenceDataApiTest extends AppTestBase {

    @Test
    void everyStoreStartsWithTheNineChainsAndTheUnitsOfApiMd() {
        await().untilAsserted(() -> {
            TestApi.Response chains = as("leader", "GET", "/api/industry-chains", null);
            assertThat(chains.status()).isEqualTo(200);
            assertThat(chains.json().findValuesAsText("code")).contains("HEALTH", "NEW_ENERGY", "NEV").hasSizeGreaterThanOrEqualTo(9);
            TestApi.Response units = as("ziya", "GET", "/api/units", null);
            assertThat(units.json().findValuesAsText("code")).contains("ZIYA", "COOP", "DQZ_INDUSTRIAL", "SINO_GERMAN",
                    "MODERN_CONSTRUCTION", "LOGISTICS", "BEIJING_OFFICE");
        });
        assertThat(as("amb", "GET", "/api/units", null).status()).isEqualTo(403);
        assertThat(as("amb", "GET", "/api/industry-chains", null).status()).isEqualTo(403);
    }

    @Test
    void theOfficeCreatesAndUpdatesAUnit_andEveryChangeIsAnEvent() {
        TestApi.Response created = as("admin", "PUT", "/api/units/TOWN_TUANBO", Map.of("name", "团泊镇", "kind", "TOWNSHIP",
                "staff", 20, "dedicatedStaff", 5));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(as("admin", "PUT", "/api/units/TOWN_TUANBO", Map.of("name", "团泊镇", "kind", "TOWNSHIP",
                "staff", 21, "dedicatedStaff", 8)).status()).isEqualTo(200);
        assertThat(eventCount("TOWN_TUANBO")).isEqualTo(2);
        await().untilAsserted(() -> {
            JsonNode unit = unit("TOWN_TUANBO");
            assertThat(unit).isNotNull();
            assertThat(unit.get("staff").asInt()).isEqualTo(21);
            assertThat(unit.get("dedicatedStaff").asInt()).isEqualTo(8);
            assertThat(unit.get("kind").asText()).isEqualTo("TOWNSHIP");
        });
    }

    @Test
    void onlyTheOfficeWritesReferenceData_andBadInputIsRefused() {
        long before = eventCount();
        assertThat(as("ziya", "PUT", "/api/units/ZIYA", Map.of("name", "子牙", "kind", "PARK", "staff", 1, "dedicatedStaff", 1))
                .status()).isEqualTo(403);
        assertThat(as("leader", "PUT", "/api/years/2022/targets", Map.of("externalCapitalCny", "15000000000",
                "sixParksCny", "13000000000", "beijingProjects", 100)).status()).isEqualTo(403);
        assertThat(as("ziya", "PUT", "/api/industry-chains/AI", Map.of("name", "人工智能")).status()).isEqualTo(403);
        assertField(as("admin", "PUT", "/api/units/TOWN_X", Map.of("name", "某镇", "kind", "VILLAGE", "staff", 1,
                "dedicatedStaff", 1)), "kind");
        assertField(as("admin", "PUT", "/api/units/TOWN_X", Map.of("name", "某镇", "kind", "TOWNSHIP", "staff", 3,
                "dedicatedStaff", 4)), "dedicatedStaff");
        assertField(as("admin", "PUT", "/api/units/town-x", Map.of("name", "某镇", "kind", "TOWNSHIP", "staff", 3,
                "dedicatedStaff", 1)), "code");
        assertField(as("admin", "PUT", "/api/units/TOWN_X", Map.of("name", "某镇", "kind", "TOWNSHIP", "staff", "3",
                "dedicatedStaff", 1)), "staff");
        assertField(as("admin", "PUT", "/api/years/2022/targets", Map.of("externalCapitalCny", 15000000000L,
                "sixParksCny", "13000000000", "beijingProjects", 100)), "externalCapitalCny");
        assertField(as("admin", "PUT", "/api/years/1900/targets", Map.of("externalCapitalCny", "15000000000",
                "sixParksCny", "13000000000", "beijingProjects", 100)), "year");
        assertField(as("admin", "PUT", "/api/years/abcd/targets", Map.of("externalCapitalCny", "15000000000",
                "sixParksCny", "13000000000", "beijingProjects", 100)), "year");
        assertField(as("admin", "PUT", "/api/years/2022/quotas/ZIYA", Map.of("quotaCny", "0")), "quotaCny");
        assertField(as("admin", "PUT", "/api/years/2022/quotas/BEIJING_OFFICE", Map.of("quotaCny", "100")), "unitCode");
        TestApi.Response unknownUnit = as("admin", "PUT", "/api/years/2022/quotas/NOWHERE", Map.of("quotaCny", "100"));
        assertThat(unknownUnit.status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void targetsAndQuotasAreEvents_andALeadNeedsAKnownUnitAndChain() {
        assertThat(as("admin", "PUT", "/api/years/2022/targets", Map.of("externalCapitalCny", "15000000000",
                "sixParksCny", "13000000000", "beijingProjects", 100)).status()).isEqualTo(200);
        TestApi.Response quota = as("admin", "PUT", "/api/years/2022/quotas/ZIYA", Map.of("quotaCny", "2500000000"));
        assertThat(quota.status()).isEqualTo(200);
        assertThat(quota.text("quotaCny")).isEqualTo("2500000000");
        assertThat(eventCount("2022")).isGreaterThanOrEqualTo(2);

        Map<String, Object> lead = new java.util.HashMap<>(cn.jinghai.crm.support.Fixtures.lead("NOWHERE"));
        TestApi.Response noUnit = as("admin", "POST", "/api/leads", lead);
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.text("field")).isEqualTo("unitCode");
        lead.put("unitCode", "ZIYA");
        lead.put("industryChain", "SPACE_TOURISM");
        TestApi.Response noChain = as("admin", "POST", "/api/leads", lead);
        assertThat(noChain.status()).isEqualTo(400);
        assertThat(noChain.text("field")).isEqualTo("industryChain");

        assertThat(as("admin", "PUT", "/api/industry-chains/SPACE_TOURISM", Map.of("name", "航天旅游")).status()).isEqualTo(200);
        assertThat(as("admin", "POST", "/api/leads", lead).status()).isEqualTo(201);
    }

    private void assertField(TestApi.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.text("error")).isEqualTo("VALIDATION");
        assertThat(response.text("field")).isEqualTo(field);
    }

    private JsonNode unit(String code) {
        for (JsonNode unit : as("office2", "GET", "/api/units", null).json()) {
            if (unit.get("code").asText().equals(code)) {
                return unit;
            }
        }
        return null;
    }
}
