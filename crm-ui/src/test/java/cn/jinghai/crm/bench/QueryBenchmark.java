package cn.jinghai.crm.bench;

import cn.jinghai.crm.platform.projection.Projections;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read side's answers (issue 10's P4): leads of ten events each through the command gateway, then
 * one client asking each query {@code rounds} times after a warm-up, p50 and p95 per query: the lead
 * list's first and a late page, a filter, a search by part of a company name, and the figures the
 * dashboard shows. Run with:
 * <pre>./mvnw -q -DskipTests install
 * ./mvnw -q -pl crm-ui exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jinghai.crm.bench.QueryBenchmark -Dexec.args="10000 200"</pre>
 */
public final class QueryBenchmark {

    private static final String PASSWORD = "bench-password-1";

    private QueryBenchmark() {
    }

    public static void main(String[] args) {
        Bench.main(args, QueryBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        measure(leads, rounds).forEach((query, result) -> System.out.printf("%-60s p50 %7.1f ms   p95 %7.1f ms%n",
                query, result.percentile(50), result.percentile(95)));
        Bench.printMachine();
    }

    static Map<String, CommandBenchmark.Result> measure(int leads, int rounds) throws Exception {
        Path dataDir = Files.createTempDirectory("crm-bench-");
        try (ConfigurableApplicationContext context = Bench.start(dataDir, "--crm.admin-password=" + PASSWORD)) {
            EventStoreBenchmark.writeLeads(context.getBean(CommandGateway.class), 0, leads, 8);
            Projections projections = context.getBean(Projections.class);
            while (projections.processors().keySet().stream().anyMatch(projections::isRebuilding)) {
                Thread.sleep(50);
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            int late = Math.max(0, Math.min(300, leads / 50 - 1));
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("lead list, first page of 50", "/api/leads?size=50");
            queries.put("lead list, page " + late + " of 50", "/api/leads?size=50&page=" + late);
            queries.put("lead list, unit and stage", "/api/leads?size=50&unit=ZIYA&stage=LEAD");
            queries.put("lead list, search by part of a name", "/api/leads?size=50&q="
                    + URLEncoder.encode("科技有限公司" + (leads / 2), StandardCharsets.UTF_8));
            queries.put("progress of the year", "/api/years/" + year + "/progress");
            queries.put("ranking of the year", "/api/years/" + year + "/ranking");
            queries.put("pipeline (dashboard)", "/api/pipeline");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String authorization = "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            Map<String, CommandBenchmark.Result> results = new LinkedHashMap<>();
            for (Map.Entry<String, String> query : queries.entrySet()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query.getValue()))
                        .header("Authorization", authorization).GET().build();
                for (int i = 0; i < Math.max(5, rounds / 4); i++) {
                    client.send(request, HttpResponse.BodyHandlers.discarding());
                }
                CommandBenchmark.Result result = new CommandBenchmark.Result(rounds);
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    result.add(System.nanoTime() - t0, status);
                }
                results.put(query.getKey(), result);
            }
            return results;
        }
    }
}
