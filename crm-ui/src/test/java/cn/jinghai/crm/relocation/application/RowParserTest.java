package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.chain.api.StandardChains;
import cn.jinghai.crm.relocation.api.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header matching, validation and normalisation of rows, without Spring. */
class RowParserTest {

    private static final List<String> HEADER = List.of("企业名称", "统一社会信用代码", "项目名称", "计划投资额（万元）", "所属行业",
            "迁出地", "联系人", "联系电话", "备注", "计划迁入日期");

    private static RowParser parser(List<String> header) {
        return new RowParser(HeaderMap.of(header).orElseThrow(), new IndustryMapper(StandardChains.all()));
    }

    private static ParsedRow parse(String... cells) {
        return parser(HEADER).parse(2, new ArrayList<>(Arrays.asList(cells)));
    }

    @Test
    void aValidRow_isNormalised() {
        ParsedRow row = parse("  北京ＡＢＣ 科技 (天津) 有限公司 ", " 91110108551385082q ", "", "５,０００.５", "医疗器械",
                "北京市\u3000海淀区", "王 经理", "１３８ ００１３ ８０００", "", "2022年9月1日");
        assertThat(row.rejected()).isFalse();
        assertThat(row.companyName()).isEqualTo("北京ABC科技（天津）有限公司");
        assertThat(row.creditCode().value()).isEqualTo("91110108551385082Q");
        assertThat(row.plannedInvestmentCny().toString()).isEqualTo("50005000");
        assertThat(row.industryChain()).isEqualTo("HEALTH");
        assertThat(row.origin()).isEqualTo("北京市海淀区");
        assertThat(row.contactName()).isEqualTo("王经理");
        assertThat(row.contactPhone()).isEqualTo("138 0013 8000");
        assertThat(row.projectName()).isEqualTo("北京ABC科技（天津）有限公司迁入项目");
        assertThat(row.plannedMoveDate()).hasToString("2022-09-01");
        assertThat(row.nameKey()).isEqualTo(parse("北京abc科技(天津)有限责任公司", "", "", "1", "健康", "", "", "", "", "").nameKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|91110108551385082Q|1|大健康||COMPANY_NAME_MISSING|企业名称",
            "北京甲公司|91110108551385082X|1|大健康||CREDIT_CODE_INVALID|统一社会信用代码",
            "北京甲公司|123|1|大健康||CREDIT_CODE_INVALID|统一社会信用代码",
            "北京甲公司||''|大健康||AMOUNT_MISSING|计划投资额（万元）",
            "北京甲公司||abc|大健康||AMOUNT_INVALID|计划投资额（万元）",
            "北京甲公司||0|大健康||AMOUNT_NOT_POSITIVE|计划投资额（万元）",
            "北京甲公司||-5|大健康||AMOUNT_NOT_POSITIVE|计划投资额（万元）",
            "北京甲公司||0.0000001|大健康||AMOUNT_INVALID|计划投资额（万元）",
            "北京甲公司||1|软件开发||INDUSTRY_UNKNOWN|所属行业",
            "北京甲公司||1|''||INDUSTRY_UNKNOWN|所属行业",
            "北京甲公司||1|大健康|2022-02-30|DATE_INVALID|计划迁入日期"})
    void aBadRow_isRejectedNamingTheColumn(String company, String code, String amount, String industry, String date,
                                          RejectionReason reason, String column) {
        ParsedRow row = parse(company, code, "", amount, industry, "", "", "", "", date);
        assertThat(row.rejection().reason()).isEqualTo(reason);
        assertThat(row.rejection().column()).isEqualTo(column);
    }

    @Test
    void contactsAndLongTexts_areChecked() {
        assertThat(parse("北京甲公司", "", "", "1", "大健康", "", "", "13800138000", "", "").rejection().reason())
                .isEqualTo(RejectionReason.CONTACT_NAME_MISSING);
        assertThat(parse("北京甲公司", "", "", "1", "大健康", "", "王", "138/139", "", "").rejection().reason())
                .isEqualTo(RejectionReason.PHONE_INVALID);
        assertThat(parse("北京" + "甲".repeat(200) + "公司", "", "", "1", "大健康", "", "", "", "", "").rejection().reason())
                .isEqualTo(RejectionReason.TEXT_TOO_LONG);
        assertThat(parse("北京甲公司", "", "", "1", "大健康", "", "", "", "备".repeat(1001), "").rejection().column())
                .isEqualTo("备注");
    }

    @Test
    void amountUnits_comeFromTheHeaderOrTheCell() {
        RowParser yi = parser(List.of("单位名称", "计划总投资(亿元)", "行业"));
        assertThat(yi.parse(2, List.of("北京甲公司", "1.25", "新材料")).plannedInvestmentCny().toString()).isEqualTo("125000000");
        assertThat(yi.parse(3, List.of("北京甲公司", "300万元", "新材料")).plannedInvestmentCny().toString()).isEqualTo("3000000");
        assertThat(parse("北京甲公司", "", "", "0.01", "大健康", "", "", "", "", "").plannedInvestmentCny().toString())
                .isEqualTo("100");
    }

    @Test
    void headers_matchTheirVariants_andTheMissingRequiredOneIsNamed() {
        HeaderMap map = HeaderMap.of(List.of("序号", " 单位名称* ", "信用代码", "计划投资额(万元)", "行业类别")).orElseThrow();
        map.requireAll();
        assertThat(map.header(ListColumn.COMPANY_NAME)).isEqualTo("单位名称*");
        assertThat(HeaderMap.of(List.of("项目名称", "计划投资额"))).isEmpty();
        HeaderMap partial = HeaderMap.of(List.of("企业名称", "所属行业")).orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(partial::requireAll)
                .hasMessageContaining("MISSING_COLUMN").hasMessageContaining("计划投资额（万元）");
    }

    @Test
    void duplicatesInTheFile_areRejectedPointingToTheFirstRow() {
        RowParser p = parser(HEADER);
        List<ParsedRow> rows = ListParser.rejectDuplicates(List.of(
                p.parse(2, List.of("北京甲有限责任公司", "", "", "1", "大健康")),
                p.parse(3, List.of("北京 甲 有限公司", "", "", "1", "大健康")),
                p.parse(4, List.of("北京乙公司", "91110108551385082Q", "", "1", "大健康")),
                p.parse(5, List.of("北京乙（集团）公司", "91110108551385082Q", "", "1", "大健康"))));
        assertThat(rows.get(0).rejected()).isFalse();
        assertThat(rows.get(1).rejection().reason()).isEqualTo(RejectionReason.DUPLICATE_ROW);
        assertThat(rows.get(1).rejection().detail()).isEqualTo("2");
        assertThat(rows.get(2).rejected()).isFalse();
        assertThat(rows.get(3).rejection().detail()).isEqualTo("4");
    }

    @Test
    void industries_mapToChainsByNameCodeOrKeyword() {
        IndustryMapper mapper = new IndustryMapper(StandardChains.all());
        assertThat(mapper.chainOf("新能源汽车零部件")).contains("NEV");
        assertThat(mapper.chainOf("光伏发电")).contains("NEW_ENERGY");
        assertThat(mapper.chainOf("ＨＥＡＬＴＨ")).contains("HEALTH");
        assertThat(mapper.chainOf("现代物流与商贸")).contains("MODERN_LOGISTICS");
        assertThat(mapper.chainOf("钢结构装配式住宅")).contains("PREFAB_CONSTRUCTION");
        assertThat(mapper.chainOf("金融服务")).isEmpty();
    }
}
