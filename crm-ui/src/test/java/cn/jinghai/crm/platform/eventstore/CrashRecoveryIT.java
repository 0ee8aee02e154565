package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.support.AppProcess;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application is killed with SIGKILL while eight clients write to it, twice. After each
 * restart every acknowledged command is in the store, no lead's stream has a hole or a half-written
 * event, and the read models (restored from the read store's last snapshot, then caught up from the
 * events) agree with the store.
 */
class CrashRecoveryIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final String ADMIN = "admin";

    @TempDir
    Path temp;

    /** Highest version acknowledged to a client, per lead. */
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

    @Test
    void killedTwiceUnderLoad_losesNoAcknowledgedCommand_andRebuildsMatchingReadModels() throws Exception {
        Path data = temp.resolve("data");
        for (int round = 0; round < 2; round++) {
            // snapshots of the read store every second: the kills fall between, and sometimes inside, them
            try (AppProcess app = new AppProcess(data).env("CRM_READSTORE_SNAPSHOT_INTERVAL", "1s").start()) {
                if (round > 0) {
                    verify(app.api());
                }
                int written = writeUntilKilled(app);
                assertThat(written).as("commands acknowledged before the kill").isGreaterThan(50);
            }
        }
        try (AppProcess app = new AppProcess(data).start()) {
            verify(app.api());
            app.stop();
        }
        assertStreamsHaveNoHoles(data.resolve("events.db"));
    }

    private int writeUntilKilled(AppProcess app) throws Exception {
        TestApi api = app.api();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger acks = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            writers.submit(() -> {
                while (running.get()) {
                    try {
                        TestApi.Response created = api.post("/api/leads", ADMIN, AppProcess.ADMIN_PASSWORD,
                                TestApi.json(Fixtures.lead("ZIYA")));
                        if (created.status() != 201) {
                            continue;
                        }
                        String id = created.text("id");
                        acknowledged.merge(id, 0L, Math::max);
                        acks.incrementAndGet();
                        for (int i = 0; i < 5 && running.get(); i++) {
                            TestApi.Response activity = api.post("/api/leads/" + id + "/activities", ADMIN,
                                    AppProcess.ADMIN_PASSWORD, TestApi.json(Map.of("type", "VISIT", "date", TODAY, "notes", "走访 " + i)));
                            if (activity.status() == 200) {
                                acknowledged.merge(id, activity.json().get("version").asLong(), Math::max);
                                acks.incrementAndGet();
                            }
                        }
                    } catch (IllegalStateException connectionLost) {
                        // the server died mid-request: that command was never acknowledged
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acks.get() >= 300);
        app.kill();
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return acks.get();
    }

    private void verify(TestApi api) throws Exception {
        for (Map.Entry<String, Long> entry : acknowledged.entrySet()) {
            TestApi.Response lead = api.get("/api/leads/" + entry.getKey(), ADMIN, AppProcess.ADMIN_PASSWORD);
            assertThat(lead.status()).as("acknowledged lead %s", entry.getKey()).isEqualTo(200);
            assertThat(lead.json().get("version").asLong()).as("lead %s", entry.getKey())
                    .isGreaterThanOrEqualTo(entry.getValue());
        }
        // the read side is rebuilt from the events and agrees with the store, lead by lead
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Long> readModel = readModelVersions(api);
            Map<String, Long> store = new HashMap<>();
            for (String id : readModel.keySet()) {
                store.put(id, api.get("/api/leads/" + id, ADMIN, AppProcess.ADMIN_PASSWORD).json().get("version").asLong());
            }
            assertThat(readModel).isEqualTo(store);
            assertThat(readModel.keySet()).containsAll(acknowledged.keySet());
        });
    }

    private static Map<String, Long> readModelVersions(TestApi api) {
        Map<String, Long> versions = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get("/api/leads?size=200&page=" + page, ADMIN, AppProcess.ADMIN_PASSWORD).json();
            for (JsonNode lead : body.get("content")) {
                versions.put(lead.get("id").asText(), lead.get("version").asLong());
            }
            if (body.get("content").size() < 200) {
                return versions;
            }
        }
    }

    private static void assertStreamsHaveNoHoles(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT aggregateIdentifier, count(*), min(sequenceNumber), "
                     + "max(sequenceNumber) FROM DomainEventEntry GROUP BY aggregateIdentifier")) {
            int streams = 0;
            while (rs.next()) {
                streams++;
                assertThat(rs.getLong(3)).isZero();
                assertThat(rs.getLong(4)).as(rs.getString(1)).isEqualTo(rs.getLong(2) - 1);
            }
            assertThat(streams).isGreaterThan(0);
        }
    }

}
