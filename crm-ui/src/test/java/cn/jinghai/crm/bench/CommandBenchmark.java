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
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commands through the HTTP API (docs/benchmarks.md, issue 10's P1 and P2): {@code POST
 * /api/leads/{id}/activities} from eight keep-alive clients spread over 64 leads, against a raw durable
 * single-row insert into an SQLite file on the same disk measured in the same run; latency at a paced
 * 200 commands/s (measured from each request's planned start, so a stall is not hidden); and one
 * client's commands on a lead whose stream has 500 events. Run with:
 * <pre>./mvnw -q -DskipTests install
 * ./mvnw -q -pl crm-ui exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jinghai.crm.bench.CommandBenchmark -Dexec.args="20000 20"</pre>
 * Arguments: leads registered before the load (through the command gateway), seconds of load.
 */
public final class CommandBenchmark {

    private static final Map<String, String> OFFICE = new Actor("bench", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final String PASSWORD = "bench-password-1";
    private static final int CLIENTS = 8;
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private CommandBenchmark() {
    }

    public static void main(String[] args) {
        Bench.main(args, CommandBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        measure(leads, seconds).print();
    }

    /** What one run measured. */
    record Figures(int leads, int seconds, double raw, Result closed, Result paced, Result longStream) {
        void print() {
            System.out.printf("%nleads registered before the load: %,d; %d clients, %d s%n", leads, CLIENTS, seconds);
            System.out.printf("raw SQLite insert (one row per durable transaction): %,.0f rows/s%n", raw);
            System.out.printf("POST activities, %d clients: %,.0f commands/s (%.2fx raw), p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    CLIENTS, closed.rate(), closed.rate() / raw, closed.percentile(50), closed.percentile(99), closed.errors);
            System.out.printf("paced 200 commands/s: achieved %,.0f/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    paced.rate(), paced.percentile(50), paced.percentile(99), paced.errors);
            System.out.printf("one client on a lead with 500+ events: p50 %.1f ms, p99 %.1f ms%n",
                    longStream.percentile(50), longStream.percentile(99));
            Bench.printMachine();
        }
    }

    static Figures measure(int leads, int seconds) throws Exception {
        Path dataDir = Files.createTempDirectory("crm-bench-");
        double raw = rawSqliteInserts(dataDir.resolve("raw.db"), Math.max(3, seconds / 4));
        try (ConfigurableApplicationContext context = Bench.start(dataDir, "--crm.admin-password=" + PASSWORD)) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            List<LeadId> ids = register(commands, leads);
            List<LeadId> targets = ids.subList(0, Math.min(64, ids.size()));
            Http http = new Http("http://127.0.0.1:" + port);

            load(http, targets, 3); // warm-up: JIT, connections, caches
            Result closed = load(http, targets, seconds);
            Result paced = paced(http, targets, 200, Math.max(5, seconds / 2));

            LeadId longLead = ids.get(ids.size() - 1);
            for (int i = 0; i < 499; i++) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(activity(longLead, i)).andMetaData(OFFICE));
            }
            Result longStream = load(http, List.of(longLead), 0, 100);
            return new Figures(leads, seconds, raw, closed, paced, longStream);
        }
    }

    /** Rows per second of {@code INSERT} + commit, each its own durable transaction (WAL, synchronous=FULL). */
    static double rawSqliteInserts(Path file, int seconds) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            String payload = "x".repeat(300);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long start = System.nanoTime();
            int rows = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (payload) VALUES (?)")) {
                while (System.nanoTime() < end) {
                    insert.setString(1, payload);
                    insert.executeUpdate();
                    c.commit();
                    rows++;
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<LeadId> register(CommandGateway commands, int leads) throws Exception {
        List<LeadId> ids = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            ids.add(LeadId.random());
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < leads; i += CLIENTS) {
                    String first17 = String.format("9112022%010d", i);
                    commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterLeadCommand(ids.get(i),
                            "北京基准测试科技有限公司" + i, new CreditCode(first17 + CreditCode.checkCharacter(first17)),
                            "静海生产基地项目" + i, "NEW_ENERGY", Channel.RELOCATION_LIST,
                            CapitalOrigin.DOMESTIC_OUTSIDE_CITY, CnyAmount.parse("350000000"), true, i % 3 == 0,
                            i % 7 == 0, "ZIYA")).andMetaData(OFFICE));
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return ids;
    }

    private static RecordActivityCommand activity(LeadId lead, int n) {
        return new RecordActivityCommand(lead, null, UUID.randomUUID().toString(), ActivityType.CALL,
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "与企业负责人电话沟通落地条件，第 " + n + " 次", "张经理", null, null);
    }

    private static Result load(Http http, List<LeadId> targets, int seconds) throws Exception {
        return load(http, targets, seconds, 0);
    }

    /** {@code CLIENTS} clients (one if {@code count} > 0) sending as fast as answers come, for {@code seconds} or {@code count} requests. */
    private static Result load(Http http, List<LeadId> targets, int seconds, int count) throws Exception {
        int clients = count > 0 ? 1 : CLIENTS;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Result result = new Result(count > 0 ? count : 2_000 * Math.max(1, seconds) * 4);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (count > 0 ? sent.getAndIncrement() < count : System.nanoTime() < deadline) {
                    LeadId lead = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                    long t0 = System.nanoTime();
                    int status = http.activity(lead);
                    result.add(System.nanoTime() - t0, status);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        result.elapsedNanos = System.nanoTime() - start;
        pool.shutdown();
        return result;
    }

    /** Requests planned at a fixed rate; latency counts from the planned start (no coordinated omission). */
    private static Result paced(Http http, List<LeadId> targets, int perSecond, int seconds) throws Exception {
        int total = perSecond * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        Result result = new Result(total);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 32; c++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long planned = start + i * interval;
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    int status = http.activity(targets.get(i % targets.size()));
                    result.add(System.nanoTime() - planned, status);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        result.elapsedNanos = System.nanoTime() - start;
        pool.shutdown();
        return result;
    }

    static final class Result {
        private final long[] nanos;
        private int size;
        int errors;
        long elapsedNanos;

        Result(int capacity) {
            nanos = new long[capacity];
        }

        synchronized void add(long latency, int status) {
            if (status != 200) {
                errors++;
            }
            if (size < nanos.length) {
                nanos[size] = latency;
            }
            size++;
        }

        int count() {
            return size;
        }

        int errors() {
            return errors;
        }

        double rate() {
            return size / (elapsedNanos / 1e9);
        }

        double percentile(double p) {
            int n = Math.min(size, nanos.length);
            if (n == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return sorted[Math.min(n - 1, (int) Math.ceil(p / 100 * n) - 1)] / 1e6;
        }
    }

    static final class Http {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private final String authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        Http(String base) {
            this.base = base;
        }

        int activity(LeadId lead) {
            String body = "{\"type\":\"CALL\",\"date\":\"" + TODAY + "\",\"notes\":\"与企业负责人电话沟通落地条件\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/leads/" + lead.value() + "/activities"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                return -1;
            }
        }
    }
}
