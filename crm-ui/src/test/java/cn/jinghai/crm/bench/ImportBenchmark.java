package cn.jinghai.crm.bench;

import cn.jinghai.crm.CrmApplication;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.relocation.application.ImportOutcome;
import cn.jinghai.crm.relocation.application.ImportResult;
import cn.jinghai.crm.relocation.application.RelocationImporter;
import org.apache.poi.ss.usermodel.Row;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures relocation-list imports (docs/benchmarks.md): a list of N rows (default 10,000; one in
 * ten names a company already imported earlier in the run, one in fifty is invalid) imported as xlsx
 * into a fresh store, the same file again (every row already imported), and a csv in GBK of N other
 * companies. Calls the importer as the controller does, without HTTP; waits for the read models to
 * catch up before each timed import, and reports when they have applied it too. Run with:
 * <pre>./mvnw -q -pl crm-ui exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jinghai.crm.bench.ImportBenchmark -Dexec.args=10000</pre>
 */
public final class ImportBenchmark {

    private static final List<String> HEADER = List.of("企业名称", "统一社会信用代码", "项目名称", "计划投资额（万元）", "所属行业",
            "迁出地", "联系人", "联系电话", "备注");
    private static final String[] INDUSTRIES = {"生物医药", "光伏", "新能源汽车", "高端装备", "新材料", "物流", "装配式建筑"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 10_000);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int rows) throws Exception {
        Path dataDir = Files.createTempDirectory("crm-import-bench-");
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CrmApplication.class)
                .run("--server.port=0", "--crm.data-dir=" + dataDir, "--logging.level.root=WARN")) {
            RelocationImporter importer = context.getBean(RelocationImporter.class);
            Actor office = new Actor("bench", Role.DISTRICT_OFFICE, null);
            // JIT warm-up on the same paths (xlsx and csv, creations and duplicates), other companies
            importer.importList(office, "warm-up.xlsx", xlsx(Math.min(rows, 2_000), 900_000), "ZIYA");
            importer.importList(office, "warm-up.csv", csv(Math.min(rows, 2_000), 800_000, Charset.forName("GBK")), "ZIYA");

            byte[] xlsx = xlsx(rows, 0);
            byte[] csv = csv(rows, 500_000, Charset.forName("GBK"));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            caughtUp(processing, jdbc);
            long t0 = System.nanoTime();
            double cpu0 = cpuSeconds();
            ImportResult first = importer.importList(office, "bench.xlsx", xlsx, "ZIYA");
            double firstSeconds = seconds(t0);
            double firstCpu = cpuSeconds() - cpu0;
            caughtUp(processing, jdbc);
            double firstWithReadModels = seconds(t0);
            long t1 = System.nanoTime();
            ImportResult again = importer.importList(office, "bench.xlsx", xlsx, "ZIYA");
            double againSeconds = seconds(t1);
            caughtUp(processing, jdbc);
            long t2 = System.nanoTime();
            double cpu2 = cpuSeconds();
            ImportResult gbk = importer.importList(office, "bench.csv", csv, "COOP");
            double csvSeconds = seconds(t2);
            double csvCpu = cpuSeconds() - cpu2;
            caughtUp(processing, jdbc);
            double csvWithReadModels = seconds(t2);

            System.out.printf("%nxlsx, %,d rows (%,d bytes): %.1f s, %,.0f rows/s — created %d, linked %d, rejected %d%n",
                    rows, xlsx.length, firstSeconds, rows / firstSeconds, first.count(ImportOutcome.CREATED),
                    first.count(ImportOutcome.LINKED), first.count(ImportOutcome.REJECTED));
            System.out.printf("same xlsx again: %.1f s, %,.0f rows/s — already imported %d, rejected %d%n",
                    againSeconds, rows / againSeconds, again.count(ImportOutcome.ALREADY_IMPORTED), again.count(ImportOutcome.REJECTED));
            System.out.printf("GBK csv, %,d rows (%,d bytes): %.1f s, %,.0f rows/s — created %d, linked %d, rejected %d%n",
                    rows, csv.length, csvSeconds, rows / csvSeconds, gbk.count(ImportOutcome.CREATED),
                    gbk.count(ImportOutcome.LINKED), gbk.count(ImportOutcome.REJECTED));
            System.out.printf("until every read model has applied the import too: xlsx %.1f s, csv %.1f s%n",
                    firstWithReadModels, csvWithReadModels);
            System.out.printf("process CPU during the first xlsx: %.1f s, during the csv: %.1f s (all threads: import and read models)%n",
                    firstCpu, csvCpu);
            System.out.printf("load average at the end: %.1f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static List<Object> row(int i, int base) {
        int n = base + (i % 10 == 9 ? i - 5 : i); // every tenth row repeats an earlier company: a duplicate in the file
        String first17 = String.format("91110000%09d", n);
        String code = i % 50 == 49 ? first17 + "0" : first17 + CreditCode.checkCharacter(first17);
        return List.of("北京基准" + n + "科技有限公司", code, "静海生产基地" + n, 1000 + (i % 97), INDUSTRIES[i % INDUSTRIES.length],
                "北京市海淀区", "联系人" + (i % 100), "1380000" + String.format("%04d", i % 10_000), "整体迁移");
    }

    private static byte[] xlsx(int rows, int base) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("清单");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows; i++) {
                write(sheet.createRow(i + 1), row(i, base));
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static byte[] csv(int rows, int base, Charset charset) {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (int i = 0; i < rows; i++) {
            text.append(String.join(",", row(i, base).stream().map(Object::toString).toList())).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    private static void write(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    /** Waits until every streaming read model has applied every event in the store. */
    private static void caughtUp(EventProcessingConfiguration processing, JdbcTemplate jdbc) throws InterruptedException {
        long head = jdbc.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry", Long.class);
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                while (streaming.processingStatus().values().stream()
                        .anyMatch(status -> status.getCurrentPosition().orElse(-1) < head)) {
                    Thread.sleep(50);
                }
            }
        }
    }

    private static double cpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
