package cn.jinghai.crm.reports.web;

import cn.jinghai.crm.platform.security.AuditLog;
import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.FileApi;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ExportApiTest extends AppTestBase {

    @Autowired AuditLog audit;
    private FileApi files;
    private String tag;

    @BeforeEach
    void unitsAndUsers() {
        files = new FileApi("http://127.0.0.1:" + port);
        for (String unit : java.util.List.of("EXP_A", "EXP_B")) {
            as("admin", "PUT", "/api/units/" + unit, Map.of("name", "导出测试" + unit, "kind", "TOWNSHIP", "staff", 3, "dedicatedStaff", 1));
        }
        ensureUser("expa", "PARK_TEAM", "EXP_A");
        ensureUser("expb", "PARK_TEAM", "EXP_B");
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private String lead(String user, String unit, String company) {
        TestApi.Response created = as(user, "POST", "/api/leads", Fixtures.with(Fixtures.lead(unit), "companyName", company));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        TestApi.Response patched = api.patch("/api/leads/" + id, user, PASSWORD, TestApi.json(Map.of("contacts",
                java.util.List.of(Map.of("name", "-王经理", "phone", "13800138000")))));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        return id;
    }

    @Test
    void leadExports_areScoped_neutraliseFormulas_writeNumbers_maskPhonesForLeadership_andAreAudited() throws IOException {
        String formula = "=HYPERLINK(\"http://evil\",\"" + tag + "\")";
        String a = lead("expa", "EXP_A", formula);
        String b = lead("expb", "EXP_B", "@SUM(1+1)" + tag);
        String q = "&q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        await().untilAsserted(() -> assertThat(as("office2", "GET", "/api/leads?size=200" + q, null).json()
                .get("totalElements").asInt()).isEqualTo(2));
        int audited = audit.count(AuditLog.Action.EXPORT, "expa");

        FileApi.Download xlsx = files.download("/api/leads/export?format=xlsx" + q, "expa", PASSWORD);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("only EXP_A's lead").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + formula);
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(25000.0);
            assertThat(row.getCell(16).getStringCellValue()).isEqualTo("'-王经理");
            assertThat(row.getCell(17).getStringCellValue()).as("EXP_A works its lead: full phone").isEqualTo("13800138000");
            assertThat(row.getCell(18).getStringCellValue()).isEqualTo(a);
        }
        assertThat(audit.count(AuditLog.Action.EXPORT, "expa")).isEqualTo(audited + 1);

        FileApi.Download csv = files.download("/api/leads/export?format=csv" + q, "leader", PASSWORD);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()[0] & 0xFF).isEqualTo(0xEF);
        assertThat(csv.body()[1] & 0xFF).isEqualTo(0xBB);
        assertThat(csv.body()[2] & 0xFF).isEqualTo(0xBF);
        String text = csv.text().substring(1);
        assertThat(text).contains("\r\n").doesNotContain("13800138000").contains("138****8000");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\"").contains("'@SUM(1+1)" + tag).contains(b);
        assertThat(text.split("\r\n")).hasSize(3);

        assertThat(files.download("/api/leads/export?format=csv&unit=EXP_A" + q, "expb", PASSWORD).text())
                .as("another unit's leads are not exported").doesNotContain(tag + "\"").doesNotContain(a);
        assertThat(files.download("/api/leads/export?format=pdf", "expa", PASSWORD).status()).isEqualTo(400);
        assertThat(files.download("/api/leads/export?format=csv", "amb", PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void theMonthlyReport_isAnXlsxOfFiguresAsOfTheMonthEnd_forStaffOnly() throws IOException {
        FileApi.Download report = files.download("/api/reports/monthly?year=2022&month=6", "leader", PASSWORD);
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("目标进度");
            assertThat(book.getSheet("单位排名")).isNotNull();
            assertThat(book.getSheet("按产业链")).isNotNull();
            assertThat(book.getSheet("重点项目")).isNotNull();
            Sheet progress = book.getSheet("目标进度");
            assertThat(progress.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).hasToString("2022-06-30");
            assertThat(progress.getRow(2).getCell(0).getStringCellValue()).isEqualTo("市外内资、外资到位");
            assertThat(progress.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        assertThat(files.download("/api/reports/monthly?year=2022&month=6", "amb", PASSWORD).status()).isEqualTo(403);
        assertThat(files.download("/api/reports/monthly?year=2022&month=13", "leader", PASSWORD).status()).isEqualTo(400);
    }

    @Test
    void theImportTemplate_isAnXlsxWithTheDocumentedHeaders() throws IOException {
        FileApi.Download template = files.download("/api/imports/template", "expa", PASSWORD);
        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            Row header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("企业名称");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("计划投资额（万元）");
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(book.getSheet("填写说明")).isNotNull();
        }
        assertThat(files.download("/api/imports/template", "amb", PASSWORD).status()).isEqualTo(403);
    }
}
