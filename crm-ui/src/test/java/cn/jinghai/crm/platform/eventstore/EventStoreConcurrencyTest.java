package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Concurrently;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded event store under concurrent writers: nothing lost, no sequence number twice, stale
 * writers refused with nothing recorded, and SQLite's single writer queuing rather than failing.
 */
class EventStoreConcurrencyTest extends AppTestBase {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Autowired
    private TransactionTemplate transactions;

    private TestApi.Response activity(String id, String... headers) {
        return as("ziya", "POST", "/api/leads/" + id + "/activities",
                Map.of("type", "CALL", "date", TODAY, "notes", "电话跟进"), headers);
    }

    @Test
    void fiftyThreadsTimesTwentyCommandsOnOneLead_loseNothing_andNeverRepeatASequenceNumber() throws Exception {
        String id = registerLead("ziya", "ZIYA");
        List<TestApi.Response> answers = Concurrently.run(50, 20, () -> activity(id));

        assertThat(answers).hasSize(1000).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(answers.stream().map(r -> r.json().get("version").asLong()).distinct()).hasSize(1000);
        List<Long> sequences = jdbc.queryForList(
                "SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY globalIndex", Long.class, id);
        assertThat(sequences).hasSize(1001);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
        assertThat(as("ziya", "GET", "/api/leads/" + id, null).json().get("version").asLong()).isEqualTo(1000);
        // the read model saw every event exactly once: its version is the last sequence number
        await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                as("ziya", "GET", "/api/leads?q=" + creditCodeOf(id), null).json().get("content").get(0).get("version").asLong())
                .isEqualTo(1000));
    }

    @Test
    void writersWithTheSameExpectedVersion_exactlyOneWins_theRestGetStaleVersion() throws Exception {
        String id = registerLead("ziya", "ZIYA");
        List<TestApi.Response> answers = Concurrently.run(20, 1, () -> activity(id, "If-Match", "0"));

        assertThat(answers.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.status() == 409))
                .hasSize(19)
                .allSatisfy(r -> assertThat(r.text("error")).isEqualTo("STALE_VERSION"));
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void aWriterHoldingTheStoreForFiveSeconds_delaysTheOthers_withoutFailingThem() throws Exception {
        String id = registerLead("ziya", "ZIYA");
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO audit_log (at, username, action, detail) VALUES (?, ?, ?, ?)",
                    System.currentTimeMillis(), "test", "TEST_HOLD", "holding the writer for 5 s");
            holding.countDown();
            sleep(5000);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        List<TestApi.Response> answers = Concurrently.run(10, 1, () -> activity(id));
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        holder.get(30, TimeUnit.SECONDS);

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(waitedMs).as("the others waited for the holder").isGreaterThanOrEqualTo(3000);
        assertThat(eventCount(id)).isEqualTo(11);
    }

    private String creditCodeOf(String id) {
        return as("ziya", "GET", "/api/leads/" + id, null).text("creditCode");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
