package cn.jinghai.crm.support;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the {@code postgres} tests run against: named by {@code CRM_TEST_PG_URL},
 * {@code CRM_TEST_PG_USER} and {@code CRM_TEST_PG_PASSWORD} (set by {@code .ci/run}, which installs
 * and starts PostgreSQL from Debian's packages). Each test gets a schema of its own.
 */
public final class PostgresStore {

    private PostgresStore() {
    }

    public static String url() {
        String url = System.getenv("CRM_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("CRM_TEST_PG_URL is not set: the postgres tests need a PostgreSQL server "
                    + "(.ci/run starts one; see README, 'Tests')");
        }
        return url;
    }

    public static String user() {
        return System.getenv().getOrDefault("CRM_TEST_PG_USER", "crm_test");
    }

    public static String password() {
        return System.getenv().getOrDefault("CRM_TEST_PG_PASSWORD", "crm_test");
    }

    public static String newSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** The server URL with the given schema as the connection's current schema. */
    public static String urlFor(String schema) {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The application as its own process on {@code dataDir}, its event store in {@code schema} of this server. */
    public static AppProcess app(Path dataDir, String schema) {
        return new AppProcess(dataDir)
                .env("CRM_EVENTSTORE_URL", urlFor(schema))
                .env("CRM_EVENTSTORE_USER", user())
                .env("CRM_EVENTSTORE_PASSWORD", password())
                .env("SPRING_FLYWAY_SCHEMAS", schema);
    }
}
