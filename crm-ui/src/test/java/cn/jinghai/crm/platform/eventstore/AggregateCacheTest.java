package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store caches aggregates between commands. A command whose transaction fails after its
 * event was applied to the cached lead must leave no trace: the next command sees the lead as stored.
 */
class AggregateCacheTest extends AppTestBase {

    @Test
    void aCommandRolledBackAfterItsEventWasApplied_leavesTheCachedLeadAsStored() {
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response first = patch(id, "一期项目", "0");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(1);

        // the company registry fails inside the command's transaction, after the lead applied its event
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM company_lead WHERE lead_id = ?", id);
        jdbc.update("DELETE FROM company_lead WHERE lead_id = ?", id);
        TestApi.Response failed = patch(id, "二期项目", "1");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
        jdbc.update("INSERT INTO company_lead (lead_id, credit_code, name_key, unit_code, active) VALUES (?, ?, ?, ?, ?)",
                row.get("lead_id"), row.get("credit_code"), row.get("name_key"), row.get("unit_code"), row.get("active"));
        assertThat(eventCount(id)).isEqualTo(2);

        TestApi.Response next = patch(id, "三期项目", "1");
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(next.json().get("version").asLong()).isEqualTo(2);
        TestApi.Response history = as("ziya", "GET", "/api/leads/" + id + "/history", null);
        assertThat(history.json()).hasSize(3);
        assertThat(history.json().get(2).get("data").get("projectName").asText()).isEqualTo("三期项目");
        assertThat(history.toString()).doesNotContain("二期项目");
    }

    private TestApi.Response patch(String id, String projectName, String version) {
        return api.patch("/api/leads/" + id, "ziya", PASSWORD, TestApi.json(Map.of("projectName", projectName)),
                "If-Match", version);
    }
}
