package cn.jinghai.crm.bench;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.readmodel.list.LeadListProjection;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures the embedded event store (docs/benchmarks.md): commands per second from one and from
 * eight threads, bytes on disk per event at the target event count, and the read side's replay
 * speed. Run with:
 * <pre>./mvnw -q -pl crm-ui -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jinghai.crm.bench.EventStoreBenchmark -Dexec.args=200000</pre>
 * Each lead gets one registration and nine activities, a realistic stream length.
 */
public final class EventStoreBenchmark {

    private static final Map<String, String> OFFICE = new Actor("bench", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final int EVENTS_PER_LEAD = 10;

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) {
        Bench.main(args, EventStoreBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        int targetEvents = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dataDir = Files.createTempDirectory("crm-bench-");
        try (ConfigurableApplicationContext context = Bench.start(dataDir)) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            int leads = targetEvents / EVENTS_PER_LEAD;

            int warm = Math.min(200, leads / 10);
            writeLeads(commands, 0, warm, 1);
            int singleLeads = Math.max(1, leads / 10);
            long t0 = System.nanoTime();
            writeLeads(commands, warm, singleLeads, 1);
            double single = rate(singleLeads * EVENTS_PER_LEAD, t0);
            long t1 = System.nanoTime();
            int rest = leads - warm - singleLeads;
            writeLeads(commands, warm + singleLeads, rest, 8);
            double eight = rate(rest * EVENTS_PER_LEAD, t1);

            jdbc.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            long events = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
            long dbBytes = Files.size(dataDir.resolve("events.db"));
            Double payload = jdbc.queryForObject(
                    "SELECT avg(length(payload) + coalesce(length(metaData), 0)) FROM DomainEventEntry", Double.class);

            System.out.printf("%nevents stored:            %,d (%,d leads)%n", events, leads);
            System.out.printf("commands/s, 1 thread:     %,.0f%n", single);
            System.out.printf("commands/s, 8 threads:    %,.0f%n", eight);
            System.out.printf("events.db bytes:          %,d (%.0f bytes per event; payload+metadata %.0f)%n",
                    dbBytes, (double) dbBytes / events, payload);
            TrackingEventProcessor processor = context.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(LeadListProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
            waitCaughtUp(processor, jdbc);
            processor.shutDown();
            processor.resetTokens();
            long t2 = System.nanoTime();
            processor.start();
            waitCaughtUp(processor, jdbc);
            double replay = rate(events, t2);

            System.out.printf("replay into lead list:    %,.0f events/s%n", replay);
            Bench.printMachine();
        }
    }

    static void writeLeads(CommandGateway commands, int from, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = from + thread; i < from + count; i += threads) {
                    writeLead(commands, i);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    private static void writeLead(CommandGateway commands, int n) {
        LeadId id = LeadId.random();
        String first17 = String.format("9112022%010d", n);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        send(commands, new RegisterLeadCommand(id, "北京基准测试科技有限公司" + n, new CreditCode(first17 + CreditCode.checkCharacter(first17)),
                "静海生产基地项目" + n, "NEW_ENERGY", Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY,
                CnyAmount.parse("350000000"), true, n % 3 == 0, n % 7 == 0, "ZIYA"));
        for (int a = 1; a < EVENTS_PER_LEAD; a++) {
            send(commands, new RecordActivityCommand(id, null, UUID.randomUUID().toString(), ActivityType.CALL, today,
                    "与企业负责人电话沟通落地条件，第 " + a + " 次", "张经理", null, null));
        }
    }

    private static void send(CommandGateway commands, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(OFFICE));
    }

    private static void waitCaughtUp(TrackingEventProcessor processor, JdbcTemplate jdbc) throws InterruptedException {
        long head = jdbc.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry", Long.class);
        while (true) {
            var status = processor.processingStatus().get(0);
            if (status != null && status.getCurrentPosition().orElse(-1) >= head) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static double rate(long count, long startNanos) {
        return count / ((System.nanoTime() - startNanos) / 1e9);
    }
}
