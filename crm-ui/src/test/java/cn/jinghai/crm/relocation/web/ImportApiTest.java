package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.support.ListFiles;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportApiTest extends ImportTestBase {

    @Test
    void everyRowGetsItsOutcome_matchingByCodeOrNormalisedName_andAReimportCreatesNothing() {
        int n = next();
        String ownName = "北京华科" + n + "精密仪器有限责任公司";
        String ownLead = registerCompany("impa", "IMP_A", ownName, null);
        String otherCode = code(n + 500_000);
        String otherLead = registerCompany("impb", "IMP_B", "北京亦庄" + n + "智能装备有限公司", otherCode);

        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(ListFiles.HEADER));
        rows.add(row("北京京能" + n + "新能源科技有限公司", code(n), "光伏组件基地", 5000.5, "光伏", "北京市海淀区", "王经理", "138 0013 8000", "整体迁移")); // 2 CREATED
        rows.add(row("北京京能" + n + "新能源科技有限公司", null, "二期", 100, "新能源", null, null, null, null));        // 3 duplicate of 2
        rows.add(row(" 北京华科" + toFullWidth(Integer.toString(n)) + "精密仪器 有限公司 ", null, null, 800, "医疗器械", null, null, null, null)); // 4 LINKED own
        rows.add(row("随便写的名字" + n + "有限公司", otherCode, null, 300, "汽车零部件", null, null, null, null));  // 5 LINKED other unit: no id
        rows.add(row("北京错码" + n + "有限公司", "91110108551385082X", null, 300, "新材料", null, null, null, null)); // 6 bad check char
        rows.add(row());                                                                                          // 7 blank: skipped
        rows.add(row("北京金额" + n + "有限公司", null, null, "五千", "新材料", null, null, null, null));             // 8 bad amount
        rows.add(row("北京行业" + n + "有限公司", null, null, 100, "软件和信息技术服务业", null, null, null, null));    // 9 unknown industry
        rows.add(row("=HYPERLINK(\"http://x\",\"" + n + "\")", null, null, 1, "物流", null, null, null, null));  // 10 formula text: a name like any other
        byte[] file = ListFiles.xlsx(rows);

        long before = eventCount();
        TestApi.Response first = imported("impa", "IMP_A", "疏解清单.xlsx", file);
        assertThat(first.json().get("rows").asInt()).isEqualTo(8);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        assertThat(first.json().get("linked").asInt()).isEqualTo(2);
        assertThat(first.json().get("rejected").asInt()).isEqualTo(4);
        assertThat(first.json().get("alreadyImported").asInt()).isZero();

        JsonNode created = outcome(first, 2);
        assertThat(created.get("outcome").asText()).isEqualTo("CREATED");
        String newLead = created.get("leadId").asText();
        assertThat(outcome(first, 3).get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(outcome(first, 3).get("code").asText()).isEqualTo("DUPLICATE_ROW");
        assertThat(outcome(first, 3).get("reason").asText()).contains("row 2");
        assertThat(outcome(first, 4).get("outcome").asText()).isEqualTo("LINKED");
        assertThat(outcome(first, 4).get("leadId").asText()).isEqualTo(ownLead);
        assertThat(outcome(first, 5).get("outcome").asText()).isEqualTo("LINKED");
        assertThat(outcome(first, 5).has("leadId")).as("another unit's lead id stays hidden").isFalse();
        assertThat(first.body()).doesNotContain(otherLead);
        assertThat(outcome(first, 6).get("code").asText()).isEqualTo("CREDIT_CODE_INVALID");
        assertThat(outcome(first, 6).get("column").asText()).isEqualTo("统一社会信用代码");
        assertThat(first.json().get("outcomes").findValues("row").stream().map(JsonNode::asInt)).doesNotContain(7);
        assertThat(outcome(first, 8).get("code").asText()).isEqualTo("AMOUNT_INVALID");
        assertThat(outcome(first, 8).get("column").asText()).isEqualTo("计划投资额（万元）");
        assertThat(outcome(first, 9).get("code").asText()).isEqualTo("INDUSTRY_UNKNOWN");
        assertThat(outcome(first, 10).get("outcome").asText()).isEqualTo("CREATED");

        TestApi.Response lead = as("impa", "GET", "/api/leads/" + newLead, null);
        assertThat(lead.text("channel")).isEqualTo("RELOCATION_LIST");
        assertThat(lead.json().get("beijing").asBoolean()).isTrue();
        assertThat(lead.text("plannedInvestmentCny")).isEqualTo("50005000");
        assertThat(lead.text("industryChain")).isEqualTo("NEW_ENERGY");
        assertThat(lead.text("capitalOrigin")).isEqualTo("DOMESTIC_OUTSIDE_CITY");
        assertThat(lead.text("projectName")).isEqualTo("光伏组件基地");
        assertThat(lead.text("unitCode")).isEqualTo("IMP_A");
        assertThat(lead.json().get("contacts").get(0).get("name").asText()).isEqualTo("王经理");
        assertThat(lead.json().get("contacts").get(0).get("phone").asText()).isEqualTo("138 0013 8000");
        String formulaLead = outcome(first, 10).get("leadId").asText();
        assertThat(as("impa", "GET", "/api/leads/" + formulaLead, null).text("projectName")).endsWith("迁入项目");

        long afterFirst = eventCount();
        assertThat(afterFirst).isGreaterThan(before);
        TestApi.Response again = imported("impa", "IMP_A", "疏解清单-副本.xlsx", file);
        assertThat(eventCount()).as("importing the same file again records nothing").isEqualTo(afterFirst);
        assertThat(again.text("importId")).isEqualTo(first.text("importId"));
        assertThat(again.json().get("alreadyImported").asInt()).isEqualTo(4);
        assertThat(again.json().get("rejected").asInt()).isEqualTo(4);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(outcome(again, 2).get("leadId").asText()).isEqualTo(newLead);
        assertThat(outcome(again, 5).has("leadId")).isFalse();
        assertThat(outcome(again, 6).get("code").asText()).isEqualTo("CREDIT_CODE_INVALID");
    }

    @Test
    void theDistrictOfficeSeesEveryLinkedLead_andImportsIntoAnyUnit() {
        int n = next();
        String code = code(n);
        String lead = registerCompany("impb", "IMP_B", "北京中关村" + n + "生物医药有限公司", code);
        List<List<Object>> rows = List.of(new ArrayList<>(ListFiles.HEADER),
                row("北京中关村" + n + "生物医药有限公司", code, null, 1, "生物医药", null, null, null, null));
        TestApi.Response office = imported("office2", "IMP_A", "list.xlsx", ListFiles.xlsx(rows));
        assertThat(outcome(office, 2).get("outcome").asText()).isEqualTo("LINKED");
        assertThat(outcome(office, 2).get("leadId").asText()).isEqualTo(lead);
    }

    private static String toFullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(c -> s.append((char) (c - '0' + '０')));
        return s.toString();
    }
}
