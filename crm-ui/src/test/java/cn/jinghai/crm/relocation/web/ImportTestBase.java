package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.FileApi;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Units IMP_A and IMP_B with their park teams, and helpers to upload lists and read outcomes row by row. */
abstract class ImportTestBase extends AppTestBase {

    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000));

    protected FileApi files;

    @BeforeEach
    void importUnitsAndUsers() {
        files = new FileApi("http://127.0.0.1:" + port);
        for (String unit : List.of("IMP_A", "IMP_B")) {
            TestApi.Response put = as("admin", "PUT", "/api/units/" + unit,
                    Map.of("name", "导入测试园区" + unit, "kind", "PARK", "staff", 9, "dedicatedStaff", 3));
            assertThat(put.status()).as(put.toString()).isIn(200, 201);
        }
        ensureUser("impa", "PARK_TEAM", "IMP_A");
        ensureUser("impb", "PARK_TEAM", "IMP_B");
    }

    /** A fresh number for unique company names and credit codes. */
    protected static int next() {
        return SEQ.incrementAndGet();
    }

    protected static String code(int n) {
        String first17 = String.format("91310000%09d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    protected TestApi.Response upload(String user, String unit, String fileName, byte[] content) {
        String password = "admin".equals(user) ? ADMIN_PASSWORD : PASSWORD;
        return files.upload("/api/imports", user, password, Map.of("unitCode", unit), fileName, content,
                "Accept-Language", "en");
    }

    protected TestApi.Response imported(String user, String unit, String fileName, byte[] content) {
        TestApi.Response response = upload(user, unit, fileName, content);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    protected static JsonNode outcome(TestApi.Response response, int row) {
        for (JsonNode outcome : response.json().get("outcomes")) {
            if (outcome.get("row").asInt() == row) {
                return outcome;
            }
        }
        throw new AssertionError("no outcome for row " + row + " in " + response);
    }

    protected static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    protected String registerCompany(String user, String unit, String name, String creditCode) {
        Map<String, Object> body = Fixtures.with(Fixtures.with(Fixtures.lead(unit), "companyName", name), "creditCode", creditCode);
        TestApi.Response response = as(user, "POST", "/api/leads", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }
}
