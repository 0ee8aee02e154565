package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.support.ListFiles;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Files refused whole (nothing recorded) and callers refused (403, nothing recorded). */
class ImportRefusalsTest extends ImportTestBase {

    private byte[] oneRow() {
        int n = next();
        return ListFiles.xlsx(List.of(new ArrayList<>(ListFiles.HEADER),
                row("北京拒绝" + n + "科技有限公司", null, null, 10, "大健康", null, null, null, null)));
    }

    private void refused(TestApi.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.text("error")).isEqualTo(code);
        assertThat(response.text("message")).isNotBlank();
        if (field != null) {
            assertThat(response.text("field")).isEqualTo(field);
        }
    }

    @Test
    void rolesAndUnits_leadershipAmbassadorAndAnotherUnitAreForbidden_andNothingIsRecorded() {
        byte[] file = oneRow();
        long before = eventCount();
        refused(upload("leader", "IMP_A", "a.xlsx", file), 403, "FORBIDDEN", null);
        refused(upload("amb", "IMP_A", "a.xlsx", file), 403, "FORBIDDEN", null);
        refused(upload("impb", "IMP_A", "a.xlsx", file), 403, "FORBIDDEN", null);
        refused(upload("office2", "NO_SUCH_UNIT", "a.xlsx", file), 400, "VALIDATION", "unitCode");
        assertThat(eventCount()).isEqualTo(before);
        TestApi.Response noFile = files.upload("/api/imports", "impa", PASSWORD, java.util.Map.of("unitCode", "IMP_A"), null, null);
        refused(noFile, 400, "VALIDATION", "file");
    }

    @Test
    void aMissingRequiredColumn_refusesTheWholeFile_namingTheColumn() {
        long before = eventCount();
        List<Object> header = new ArrayList<>(ListFiles.HEADER);
        header.remove("计划投资额（万元）");
        byte[] file = ListFiles.xlsx(List.of(header, row("北京缺列科技有限公司", null, null, "大健康")));
        refused(upload("impa", "IMP_A", "a.xlsx", file), 400, "MISSING_COLUMN", "计划投资额（万元）");
        byte[] noHeader = ListFiles.csv(List.of(row("甲", "乙"), row("丙", "丁")), StandardCharsets.UTF_8, false);
        refused(upload("impa", "IMP_A", "a.csv", noHeader), 400, "MISSING_COLUMN", "企业名称");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void wrongSignatures_andMalformedFiles_areUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        refused(upload("impa", "IMP_A", "list.xlsx", png), 400, "UNSUPPORTED_FILE", "file");
        refused(upload("impa", "IMP_A", "list.csv", new byte[]{1, 2, 3, 0, 'a', 'b'}), 400, "UNSUPPORTED_FILE", "file");
        refused(upload("impa", "IMP_A", "list.csv", oneRow()), 400, "UNSUPPORTED_FILE", "file");
        refused(upload("impa", "IMP_A", "list.xls", oneRow()), 400, "UNSUPPORTED_FILE", "file");
        refused(upload("impa", "IMP_A", "list.xlsx", zip("[Content_Types].xml", "not really xml".getBytes())), 400,
                "UNSUPPORTED_FILE", "file");
        byte[] truncated = java.util.Arrays.copyOf(oneRow(), 600);
        refused(upload("impa", "IMP_A", "list.xlsx", truncated), 400, "UNSUPPORTED_FILE", "file");
        refused(upload("impa", "IMP_A", "list.xlsx", new byte[0]), 400, "UNSUPPORTED_FILE", "file");
    }

    @Test
    void aZipBomb_isRefusedBeforeParsing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 150; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(1 << 20);
        refused(upload("impa", "IMP_A", "bomb.xlsx", out.toByteArray()), 413, "FILE_TOO_LARGE", "file");

        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            for (int i = 0; i < 1001; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
            }
        }
        refused(upload("impa", "IMP_A", "many.xlsx", many.toByteArray()), 400, "UNSUPPORTED_FILE", "file");
    }

    @Test
    void anOversizeUpload_is413WithAJsonBody() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        refused(upload("impa", "IMP_A", "big.csv", big), 413, "FILE_TOO_LARGE", "file");
    }

    @Test
    void moreThanFiftyThousandRows_isRefusedWhole() {
        StringBuilder csv = new StringBuilder("企业名称,计划投资额（万元）,所属行业\r\n");
        for (int i = 0; i <= 50_000; i++) {
            csv.append("北京超限").append(i).append("有限公司,1,大健康\r\n");
        }
        long before = eventCount();
        refused(upload("impa", "IMP_A", "rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), 400, "TOO_MANY_ROWS", "file");
        assertThat(eventCount()).isEqualTo(before);
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
