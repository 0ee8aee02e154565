package cn.jinghai.crm.bench;

import cn.jinghai.crm.platform.mongo.MongoConfig;
import cn.jinghai.crm.platform.projection.Projections;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A restart (issue 10's P5): writes leads of ten events each through the command gateway, stops the
 * application normally (the read store is written to its snapshot), starts it again on the same data
 * folder and times the start until every read model answers; then the same after deleting the
 * snapshot (every read model replayed from the first event), and the heap used after the restart.
 * Run with:
 * <pre>./mvnw -q -DskipTests install
 * ./mvnw -q -pl crm-ui exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jinghai.crm.bench.RestartBenchmark -Dexec.args=100000</pre>
 */
public final class RestartBenchmark {

    private RestartBenchmark() {
    }

    public static void main(String[] args) {
        Bench.main(args, RestartBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        measure(args.length > 0 ? Integer.parseInt(args[0]) : 100_000).print();
    }

    /** What one run measured: seconds until the read models answer, with and without the snapshot. */
    record Figures(long events, long snapshotBytes, double snapshotSeconds, double withSnapshot, double withoutSnapshot,
                   long heapMiB) {
        void print() {
            System.out.printf("%nevents: %,d; read store snapshot: %,d bytes (%.0f bytes/event)%n", events, snapshotBytes,
                    (double) snapshotBytes / events);
            System.out.printf("snapshot of the read store: %.1f s%n", snapshotSeconds);
            System.out.printf("restart until every read model answers, from the snapshot: %.1f s%n", withSnapshot);
            System.out.printf("restart until every read model answers, replaying every event: %.1f s%n", withoutSnapshot);
            System.out.printf("heap used after the restart (after a GC): %,d MiB%n", heapMiB);
            Bench.printMachine();
        }
    }

    static Figures measure(int targetEvents) throws Exception {
        Path dataDir = Files.createTempDirectory("crm-bench-");
        long events;
        double snapshotSeconds;
        try (ConfigurableApplicationContext context = Bench.start(dataDir)) {
            EventStoreBenchmark.writeLeads(context.getBean(CommandGateway.class), 0, targetEvents / 10, 8);
            events = context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
            waitUntilReady(context.getBean(Projections.class));
            long t0 = System.nanoTime();
            context.getBean(MongoConfig.EmbeddedMongo.class).snapshot();
            snapshotSeconds = (System.nanoTime() - t0) / 1e9;
        }
        Path snapshot = dataDir.resolve(MongoConfig.SNAPSHOT_FILE);
        long bytes = Files.size(snapshot);
        double withSnapshot = timedStart(dataDir);
        long heap;
        try (ConfigurableApplicationContext context = Bench.start(dataDir)) {
            waitUntilReady(context.getBean(Projections.class));
            System.gc();
            heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        }
        Files.delete(snapshot);
        double withoutSnapshot = timedStart(dataDir);
        return new Figures(events, bytes, snapshotSeconds, withSnapshot, withoutSnapshot, heap);
    }

    private static double timedStart(Path dataDir) throws InterruptedException {
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = Bench.start(dataDir)) {
            waitUntilReady(context.getBean(Projections.class));
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static void waitUntilReady(Projections projections) throws InterruptedException {
        while (projections.processors().keySet().stream().anyMatch(projections::isRebuilding)) {
            Thread.sleep(20);
        }
    }
}
