package cn.jinghai.crm.bench;

import cn.jinghai.crm.platform.projection.Projections;
import org.axonframework.commandhandling.gateway.CommandGateway;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A full rebuild of every read model (docs/benchmarks.md, issue 10's P3): writes leads of ten events
 * each through the command gateway, waits until every read model has caught up, resets them all and
 * times the replay until every one has reached the store's head; beside it, a raw read of the event
 * table. Run with:
 * <pre>./mvnw -q -DskipTests install
 * ./mvnw -q -pl crm-ui exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jinghai.crm.bench.RebuildBenchmark -Dexec.args=100000</pre>
 */
public final class RebuildBenchmark {

    private RebuildBenchmark() {
    }

    public static void main(String[] args) {
        Bench.main(args, RebuildBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        measure(args.length > 0 ? Integer.parseInt(args[0]) : 100_000).print();
    }

    /** What one run measured; {@code leadsListed} is what the rebuilt lead list holds. */
    record Figures(long events, int readModels, double raw, double rebuild, long leadsListed) {
        void print() {
            System.out.printf("%nevents: %,d; read models: %d%n", events, readModels);
            System.out.printf("raw read of the event table: %,.0f rows/s%n", raw);
            System.out.printf("full rebuild of every read model: %,.0f events/s (%.1f s)%n", rebuild, events / rebuild);
            Bench.printMachine();
        }
    }

    static Figures measure(int targetEvents) throws Exception {
        Path dataDir = Files.createTempDirectory("crm-bench-");
        try (ConfigurableApplicationContext context = Bench.start(dataDir)) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Projections projections = context.getBean(Projections.class);
            EventStoreBenchmark.writeLeads(commands, 0, targetEvents / 10, 8);
            long events = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
            waitUntilReady(projections);

            long t0 = System.nanoTime();
            long[] bytes = {0};
            jdbc.query("SELECT payload, metaData FROM DomainEventEntry ORDER BY globalIndex", rs -> {
                bytes[0] += rs.getBytes(1).length; // touch every payload, as a processor must
            });
            double raw = events / ((System.nanoTime() - t0) / 1e9);

            projections.rebuild(null);
            long t1 = System.nanoTime();
            waitUntilReady(projections);
            double rebuild = events / ((System.nanoTime() - t1) / 1e9);

            MongoDatabase readStore = context.getBean(MongoDatabase.class);
            long listed = readStore.getCollection("lead_summary").countDocuments();
            return new Figures(events, projections.processors().size(), raw, rebuild, listed);
        }
    }

    private static void waitUntilReady(Projections projections) throws InterruptedException {
        while (projections.processors().keySet().stream().anyMatch(projections::isRebuilding)) {
            Thread.sleep(20);
        }
    }
}
