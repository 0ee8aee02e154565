package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.support.ListFiles;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "Was this company on a relocation list on date X, and on which?" */
class RelocationListingsTest extends ImportTestBase {

    @Test
    void aCompanyIsOnTheListsThatRecordedIt_asOfTheirRecordingTime_andParkTeamsSeeOnlyTheirOwnLists() {
        int n = next();
        String name = "北京在册" + n + "科技有限公司";
        Instant beforeImport = Instant.now().minusSeconds(1);
        List<List<Object>> rows = List.of(new ArrayList<>(ListFiles.HEADER),
                row(name, code(n), null, 10, "新材料", null, null, null, null));
        TestApi.Response first = imported("impa", "IMP_A", "第一批.xlsx", ListFiles.xlsx(rows));
        String lead = outcome(first, 2).get("leadId").asText();
        imported("impb", "IMP_B", "第二批.csv", ListFiles.csv(rows, StandardCharsets.UTF_8, true));

        String byName = "/api/relocation-lists?company=" + URLEncoder.encode(" 北京在册" + n + "科技有限责任公司", StandardCharsets.UTF_8);
        await().untilAsserted(() -> assertThat(as("office2", "GET", byName, null).json()).hasSize(2));
        JsonNode office = as("office2", "GET", byName, null).json();
        assertThat(office.get(0).get("fileName").asText()).isEqualTo("第一批.xlsx");
        assertThat(office.get(0).get("importedBy").asText()).isEqualTo("impa");
        assertThat(office.get(0).get("outcome").asText()).isEqualTo("CREATED");
        assertThat(office.get(0).get("leadId").asText()).isEqualTo(lead);
        assertThat(office.get(1).get("outcome").asText()).isEqualTo("LINKED");
        assertThat(office.get(1).get("unitCode").asText()).isEqualTo("IMP_B");

        JsonNode byCode = as("leader", "GET", "/api/relocation-lists?company=" + code(n), null).json();
        assertThat(byCode).hasSize(2);

        JsonNode parkB = as("impb", "GET", byName, null).json();
        assertThat(parkB).hasSize(1);
        assertThat(parkB.get(0).has("leadId")).as("IMP_A's lead stays hidden from IMP_B").isFalse();
        assertThat(as("impb", "GET", byName, null).body()).doesNotContain(lead);

        assertThat(as("office2", "GET", byName + "&asOf=" + beforeImport, null).json()).isEmpty();
        assertThat(as("amb", "GET", byName, null).status()).isEqualTo(403);
        assertThat(as("office2", "GET", byName + "&asOf=yesterday", null).status()).isEqualTo(400);
    }
}
