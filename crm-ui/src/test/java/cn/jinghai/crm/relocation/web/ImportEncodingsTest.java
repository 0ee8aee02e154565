package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.support.ListFiles;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** csv lists in the encodings offices save them in, with header variants (单位名称, 信用代码, half-width brackets). */
class ImportEncodingsTest extends ImportTestBase {

    @ParameterizedTest
    @CsvSource({"UTF-8,false", "UTF-8,true", "GBK,false", "GB18030,false"})
    void aCsvList_isReadInItsEncoding(String charset, boolean bom) {
        int n = next();
        boolean gb18030 = charset.equals("GB18030");
        String rare = gb18030 ? "㐀" : "";  // U+3400, outside GBK: only GB18030 can carry it
        String name = "北京" + rare + "编码" + n + "科技（北京）有限公司";
        List<List<Object>> rows = List.of(
                row("单位名称", "信用代码", "项目", "计划投资额(万元)", "行业", "迁出地", "联系人", "联系电话", "备注"),
                row(name, code(n), "研发中心", "1,234.5678", "新能源汽车", "北京市朝阳区", "李工", "010-88886666", "含逗号, 引号\"的备注"),
                row("北京" + rare + "编码" + n + "科技(北京)有限责任公司", null, null, 1, "汽车", null, null, null, null));
        byte[] file = ListFiles.csv(rows, Charset.forName(charset), bom);
        TestApi.Response response = imported("impa", "IMP_A", "清单.csv", file);
        assertThat(response.json().get("rows").asInt()).isEqualTo(2);
        assertThat(outcome(response, 2).get("outcome").asText()).as(response.toString()).isEqualTo("CREATED");
        assertThat(outcome(response, 3).get("code").asText()).as("the same company, written another way").isEqualTo("DUPLICATE_ROW");
        String lead = outcome(response, 2).get("leadId").asText();
        TestApi.Response view = as("impa", "GET", "/api/leads/" + lead, null);
        assertThat(view.text("companyName")).isEqualTo(name);
        assertThat(view.text("plannedInvestmentCny")).isEqualTo("12345678");
        assertThat(view.text("industryChain")).isEqualTo("NEV");
        assertThat(view.text("projectName")).isEqualTo("研发中心");
    }

    @ParameterizedTest
    @CsvSource({"UTF-8", "GBK"})
    void titleRowsAboveTheHeader_areSkipped_andRowNumbersAreTheSpreadsheets(String charset) {
        int n = next();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("北京市非首都功能疏解企业清单（第" + n + "批）"));
        rows.add(row("序号", "企业名称*", "计划投资额（亿元）", "所属行业"));
        rows.add(row("1", "北京标题" + n + "有限公司", "1.5", "高端装备制造"));
        TestApi.Response response = imported("impa", "IMP_A", "t.csv", ListFiles.csv(rows, Charset.forName(charset), false));
        assertThat(outcome(response, 3).get("outcome").asText()).isEqualTo("CREATED");
        String lead = outcome(response, 3).get("leadId").asText();
        assertThat(as("impa", "GET", "/api/leads/" + lead, null).text("plannedInvestmentCny")).isEqualTo("150000000");
    }
}
