package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.support.AppProcess;
import cn.jinghai.crm.support.Concurrently;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.PostgresStore;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances (two JVMs, each with its own in-memory locks and read store) write the
 * same lead through one PostgreSQL event store. The store's unique key on (aggregate, sequence) lets
 * only one writer have each sequence number; the loser is told 409 STALE_VERSION, never 500.
 */
@Tag("postgres")
class PostgresTwoInstancesIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @TempDir
    Path temp;

    @Test
    void twoInstancesOnOneStore_neverBothSucceedOnTheSameSequenceNumber() throws Exception {
        String schema = PostgresStore.newSchema();
        try (AppProcess one = PostgresStore.app(temp.resolve("one"), schema).start();
             AppProcess two = PostgresStore.app(temp.resolve("two"), schema).start()) {
            TestApi first = one.api();
            TestApi second = two.api();
            TestApi.Response created = first.post("/api/leads", "admin", AppProcess.ADMIN_PASSWORD,
                    TestApi.json(Fixtures.lead("ZIYA")));
            assertThat(created.status()).isEqualTo(201);
            String id = created.text("id");

            AtomicInteger turn = new AtomicInteger();
            List<TestApi.Response> answers = Concurrently.run(16, 15, () -> {
                TestApi api = turn.incrementAndGet() % 2 == 0 ? first : second;
                return api.post("/api/leads/" + id + "/activities", "admin", AppProcess.ADMIN_PASSWORD,
                        TestApi.json(Map.of("type", "MEETING", "date", TODAY, "notes", "两个实例同时写入")));
            });

            List<Long> acknowledgedVersions = new ArrayList<>();
            for (TestApi.Response answer : answers) {
                assertThat(answer.status()).as(answer.toString()).isIn(200, 409);
                if (answer.status() == 200) {
                    acknowledgedVersions.add(answer.json().get("version").asLong());
                } else {
                    assertThat(answer.text("error")).isEqualTo("STALE_VERSION");
                }
            }
            assertThat(acknowledgedVersions).doesNotHaveDuplicates().isNotEmpty();
            List<Long> stored = sequences(schema, id);
            assertThat(stored).hasSize(acknowledgedVersions.size() + 1);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(stored.get(i)).isEqualTo(i);
            }
            assertThat(stored.subList(1, stored.size())).containsExactlyInAnyOrderElementsOf(acknowledgedVersions);
            one.stop();
            two.stop();
        }
    }

    private static List<Long> sequences(String schema, String id) throws Exception {
        try (Connection connection = DriverManager.getConnection(PostgresStore.urlFor(schema), PostgresStore.user(),
                PostgresStore.password());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")) {
            statement.setString(1, id);
            List<Long> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
            return result;
        }
    }
}
