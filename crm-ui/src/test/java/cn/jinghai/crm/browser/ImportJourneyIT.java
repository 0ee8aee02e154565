package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.ImportPage;
import cn.jinghai.crm.browser.pages.NotFoundOrDeniedPage;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.support.ListFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relocation-list import through the UI (issue 6): a park clerk uploads a small list and reads each
 * row's outcome on screen and in the downloadable report; the office chooses the unit; an
 * ambassador cannot open the page.
 */
class ImportJourneyIT extends BrowserTestBase {

    @Test
    void parkClerk_uploadsAList_andSeesEveryRowsOutcome() throws IOException {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        String company = "北京浏览器导入" + n + "有限公司";
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(ListFiles.HEADER));
        rows.add(row(company, code(n), "迁入项目", 1200, "大健康", "北京市海淀区", "王经理", "13800138000", "整体迁移"));
        rows.add(row("北京无效代码" + n + "有限公司", "91110000ABC", null, 300, "大健康", null, null, null, null));
        rows.add(row(company, code(n), null, 1200, "大健康", null, null, null, null));
        Path file = Files.createTempFile("relocation-list-", ".csv");
        Files.write(file, ListFiles.csv(rows, StandardCharsets.UTF_8, true));

        signIn("ziya");
        open("imports");
        ImportPage page = new ImportPage(driver);
        assertThat(page.showsEmptyState()).isTrue();
        assertThat(page.unitIsFixed()).isTrue();
        assertThat(page.unit()).isNotBlank();

        page.upload(file);
        assertThat(page.notifications()).noneMatch(t -> t.contains("错误") || t.contains("失败"));
        assertThat(page.outcomes()).containsExactly("CREATED", "REJECTED", "REJECTED");
        assertThat(page.count("rows")).isEqualTo("3");
        assertThat(page.count("created")).isEqualTo("1");
        assertThat(page.count("rejected")).isEqualTo("2");
        assertThat(page.leadLinks()).isEqualTo(1);
        assertThat(page.cells()).contains("2", "3", "4", "统一社会信用代码")
                .anyMatch(c -> c.contains("与第 2 行是同一企业"));
        Browser.screenshot(driver, "import-result");

        String csv = page.fetchText(page.reportHref("csv"));
        assertThat(csv).contains("行号", "新登记", "未导入", "统一社会信用代码", "与第 2 行是同一企业");
        assertThat(page.reportHref("xlsx")).isNotBlank();

        page.filter("未导入");
        assertThat(page.outcomes()).containsExactly("REJECTED", "REJECTED");
        Files.deleteIfExists(file);

        // the lead list exports what it shows, with the same writer as the API
        open("leads?q=" + company);
        String leads = page.fetchText(page.href("lead-export-csv"));
        assertThat(leads).contains("企业名称", company, "RELOCATION_LIST");
        assertThat(page.href("lead-export-xlsx")).isNotBlank();
        open("dashboard");
        assertThat(page.href("monthly-report-download")).isNotBlank();
    }

    @Test
    void office_choosesTheUnit_andAWholeFileRefusalIsANotification() throws IOException {
        signIn("office2");
        open("imports");
        ImportPage page = new ImportPage(driver);
        assertThat(page.unitIsFixed()).isFalse();
        List<String> units = page.unitChoices();
        assertThat(units).hasSizeGreaterThan(1);
        page.chooseUnit(units.get(0));

        Path file = Files.createTempFile("no-columns-", ".csv");
        Files.writeString(file, "甲,乙\n1,2\n", StandardCharsets.UTF_8);
        page.upload(file);
        assertThat(page.notifications()).anyMatch(t -> t.contains("缺少必需的列"));
        assertThat(page.showsEmptyState()).isTrue();
        Files.deleteIfExists(file);
    }

    @Test
    void ambassador_cannotOpenTheImportPage() {
        ensureUser("amb-imports", "AMBASSADOR", null);
        signIn("amb-imports");
        open("imports");
        NotFoundOrDeniedPage denied = new NotFoundOrDeniedPage(driver);
        assertThat(denied.showsStaffFrame()).isFalse();
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static String code(int n) {
        String first17 = String.format("91310000%09d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
