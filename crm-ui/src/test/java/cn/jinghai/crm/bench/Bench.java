package cn.jinghai.crm.bench;

import cn.jinghai.crm.CrmApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the benchmark programs share: how they end, and the application they start. */
final class Bench {

    interface Body {
        void run(String[] args) throws Exception;
    }

    private Bench() {
    }

    /**
     * Runs a benchmark's body and ends the JVM: 1 after a failure, else 0 (Axon's janitor thread is not a
     * daemon, so the JVM, or {@code exec:java}, would not end by itself).
     */
    static void main(String[] args, Body body) {
        try {
            body.run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** The whole application on {@code dataDir} (embedded stores), on a free port, logging warnings only. */
    static ConfigurableApplicationContext start(Path dataDir, String... settings) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--crm.data-dir=" + dataDir,
                "--logging.level.root=WARN"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(CrmApplication.class).run(args.toArray(String[]::new));
    }

    /** What the program's JVM had, for the record. */
    static void printMachine() {
        System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }
}
