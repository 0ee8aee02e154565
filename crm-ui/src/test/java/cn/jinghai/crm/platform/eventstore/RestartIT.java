package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.support.AppProcess;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A normal stop and start keeps every lead, user and read model, and does not reset the admin password. */
class RestartIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @TempDir
    Path temp;

    @Test
    void dataWrittenBeforeAStop_isAllThereAfterTheNextStart_readModelsIncluded() throws Exception {
        Path data = temp.resolve("data");
        List<String> ids = new ArrayList<>();
        try (AppProcess app = new AppProcess(data).start()) {
            TestApi api = app.api();
            TestApi.Response user = api.post("/api/users", "admin", AppProcess.ADMIN_PASSWORD, TestApi.json(Map.of(
                    "username", "ziya1", "password", "ziya-password", "displayName", "子牙园区", "role", "PARK_TEAM",
                    "unitCode", "ZIYA")));
            assertThat(user.status()).isEqualTo(201);
            for (int i = 0; i < 20; i++) {
                TestApi.Response created = api.post("/api/leads", "ziya1", "ziya-password", TestApi.json(Fixtures.lead("ZIYA")));
                assertThat(created.status()).isEqualTo(201);
                ids.add(created.text("id"));
            }
            assertThat(api.post("/api/leads/" + ids.get(0) + "/stage", "ziya1", "ziya-password",
                    TestApi.json(Map.of("stage", "NEGOTIATING", "date", TODAY))).status()).isEqualTo(200);
            app.stop();
        }
        assertThat(data.resolve("readstore.snapshot")).as("the read store written at shutdown").isRegularFile();
        try (AppProcess app = new AppProcess(data).start()) {
            TestApi api = app.api();
            assertThat(app.logText()).as("read models restored, not replayed from the first event")
                    .containsPattern("[1-9][0-9]* documents restored");
            for (String id : ids) {
                assertThat(api.get("/api/leads/" + id, "ziya1", "ziya-password").status()).isEqualTo(200);
            }
            assertThat(api.get("/api/leads/" + ids.get(0), "ziya1", "ziya-password").text("stage")).isEqualTo("NEGOTIATING");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                TestApi.Response list = api.get("/api/leads?size=200", "ziya1", "ziya-password");
                assertThat(list.json().get("totalElements").asLong()).isEqualTo(20);
                assertThat(list.body()).contains("\"stage\":\"NEGOTIATING\"");
            });
            assertThat(api.get("/api/me", "admin", AppProcess.ADMIN_PASSWORD).status()).isEqualTo(200);
            app.stop();
        }
    }
}
