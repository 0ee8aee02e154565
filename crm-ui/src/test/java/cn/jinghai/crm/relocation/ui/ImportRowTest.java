package cn.jinghai.crm.relocation.ui;

import cn.jinghai.crm.reports.application.Spreadsheet;
import cn.jinghai.crm.relocation.application.ImportOutcome;
import cn.jinghai.crm.relocation.application.Rejection;
import cn.jinghai.crm.relocation.application.RowResult;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.relocation.api.RejectionReason;
import cn.jinghai.crm.relocation.api.RowOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import's rows as the screen and the report show them: the API's reason texts in the user's
 * language, the lead only where the importer named it, and a report no spreadsheet reads as formulas.
 */
class ImportRowTest {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void aRejectedRow_saysWhyInTheUsersLanguage_withTheColumnAsTheFileNamesIt() {
        RowResult result = new RowResult(3, ImportOutcome.REJECTED, RowOutcome.REJECTED, null,
                new Rejection(RejectionReason.CREDIT_CODE_INVALID, "信用代码", "91110000ABC"));
        ImportRow zh = ImportRow.of(result, messages, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).isEqualTo(new ImportRow(3, ImportOutcome.REJECTED, null, "信用代码",
                "“信用代码”无效（91110000ABC）：应为 18 位且校验位正确。"));
        assertThat(ImportRow.of(result, messages, Locale.ENGLISH).reason()).contains("信用代码", "91110000ABC").doesNotContain("无效");
    }

    @Test
    void aRefusedLead_showsTheDomainsMessage_notItsKey() {
        RowResult result = new RowResult(5, ImportOutcome.REJECTED, RowOutcome.REJECTED, null,
                new Rejection(RejectionReason.LEAD_REFUSED, null, "error.forbidden"));
        String reason = ImportRow.of(result, messages, Locale.SIMPLIFIED_CHINESE).reason();
        assertThat(reason).startsWith("无法登记项目线索：").doesNotContain("error.forbidden");
    }

    @Test
    void anImportedRow_carriesItsLeadOnlyWhenNamed() {
        RowResult created = new RowResult(2, ImportOutcome.CREATED, RowOutcome.CREATED, new LeadId("lead-1"), null);
        RowResult otherUnits = new RowResult(4, ImportOutcome.LINKED, RowOutcome.LINKED, null, null);
        assertThat(ImportRow.of(created, messages, Locale.ENGLISH)).isEqualTo(new ImportRow(2, ImportOutcome.CREATED, "lead-1", null, null));
        assertThat(ImportRow.of(otherUnits, messages, Locale.ENGLISH).leadId()).isNull();
    }

    @Test
    void theReport_writesEveryRow_andNeutralisesFormulasFromTheFile() {
        List<ImportRow> rows = List.of(new ImportRow(2, ImportOutcome.CREATED, "lead-1", null, null),
                new ImportRow(3, ImportOutcome.REJECTED, null, "=HYPERLINK(\"x\")", "bad"));
        Spreadsheet csv = ImportReport.write(rows, false, "导入结果", List.of("行号", "结果", "线索", "列", "原因"),
                o -> o == ImportOutcome.CREATED ? "新登记" : "未导入", "导入结果");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(csv.fileName()).isEqualTo("导入结果.csv");
        assertThat(text).contains("行号,结果,线索,列,原因", "2,新登记,lead-1,,", "3,未导入,,\"'=HYPERLINK(\"\"x\"\")\",bad");
        Spreadsheet xlsx = ImportReport.write(rows, true, "导入结果", List.of("行号", "结果", "线索", "列", "原因"),
                o -> "x", "导入结果");
        assertThat(xlsx.contentType()).isEqualTo(Spreadsheet.XLSX);
        assertThat(xlsx.bytes()).startsWith((byte) 'P', (byte) 'K');
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
