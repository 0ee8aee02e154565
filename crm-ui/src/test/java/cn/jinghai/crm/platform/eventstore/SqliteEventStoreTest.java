package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.support.Concurrently;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The event-store contract on the embedded SQLite file, plus SQLite's single writer queuing rather than failing. */
class SqliteEventStoreTest extends EventStoreContractTest {

    @Autowired
    private TransactionTemplate transactions;

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

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
