package cn.jinghai.crm.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code java -jar crm-ui/target/crm-ui-*.jar}) in a child JVM, on its
 * embedded stores in a given data folder: started, stopped normally, or killed with SIGKILL.
 */
public final class AppProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "crash-test-admin";

    private final Path dataDir;
    private final Path log;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private Process process;
    private int port;

    public AppProcess(Path dataDir) {
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-app.log");
    }

    /** Sets an environment variable of the child process, for example {@code CRM_EVENTSTORE_URL}. */
    public AppProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public AppProcess start() throws IOException, InterruptedException {
        String jar = System.getProperty("crm.it.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("crm.it.jar must name the packaged application jar (run through failsafe): " + jar);
        }
        port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("CRM_DATA_DIR", dataDir.toString());
        builder.environment().put("CRM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("CRM_DEMO_DATA", "false");
        builder.environment().putAll(environment);
        process = builder.start();
        waitUntilUp();
        return this;
    }

    /** Everything the application has written to its log, over all its starts. */
    public String logText() throws IOException {
        return java.nio.file.Files.readString(log);
    }

    public TestApi api() {
        return new TestApi("http://127.0.0.1:" + port);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Spring Boot's graceful shutdown. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("application did not stop within 60 s");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void waitUntilUp() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        TestApi api = api();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (api.get("/actuator/health", null, null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("application not up within 120 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
