package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.platform.CrmProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The event-store database: PostgreSQL when {@code CRM_EVENTSTORE_URL} is set, else an SQLite file
 * under the data folder (WAL, synchronous=FULL, so an acknowledged commit survives {@code kill -9}).
 * <p>
 * SQLite admits one writer at a time; a second writer would fail with SQLITE_BUSY after its busy
 * timeout, or at once when its read snapshot went stale. So the pool holds a single connection:
 * concurrent commands queue for it (up to the connection timeout) instead of failing.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreDataSourceConfig {

    private static final Logger log = LoggerFactory.getLogger(EventStoreDataSourceConfig.class);

    /** How long a command may wait for the single SQLite connection before it is refused. */
    static final long SQLITE_CONNECTION_TIMEOUT_MS = 120_000;

    /** Reader connections of the embedded store: the processors' polls are short, two serve them all. */
    static final int READERS = 2;

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(CrmProperties properties) {
        CrmProperties.EventStore store = properties.eventstore();
        HikariConfig config = new HikariConfig();
        config.setPoolName("event-store");
        if (store.embedded()) {
            Path file = sqliteFile(properties.dataDir());
            log.info("Event store: embedded SQLite file {}", file);
            config.setJdbcUrl("jdbc:sqlite:" + file);
            config.setDriverClassName("org.sqlite.JDBC");
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(SQLITE_CONNECTION_TIMEOUT_MS);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", "60000");
            config.addDataSourceProperty("foreign_keys", "true");
        } else {
            log.info("Event store: PostgreSQL at {}", store.url());
            config.setJdbcUrl(store.url());
            config.setUsername(store.user());
            config.setPassword(store.password());
            config.setMaximumPoolSize(store.poolSize());
        }
        return new HikariDataSource(config);
    }

    /**
     * Reader connections for the embedded store: the tracking processors poll for new events through
     * them, instead of queueing with the commands for the single writer connection. They can only read
     * ({@code PRAGMA query_only}).
     */
    @Bean
    public EventStoreReaders eventStoreReaders(CrmProperties properties) {
        if (!properties.eventstore().embedded()) {
            return EventStoreReaders.none();
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("event-store-readers");
        config.setJdbcUrl("jdbc:sqlite:" + sqliteFile(properties.dataDir()));
        config.setDriverClassName("org.sqlite.JDBC");
        config.setMaximumPoolSize(READERS);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(SQLITE_CONNECTION_TIMEOUT_MS);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("busy_timeout", "60000");
        config.setConnectionInitSql("PRAGMA query_only = true");
        return new EventStoreReaders(new HikariDataSource(config));
    }

    /** Whether a data source is the embedded SQLite store (it needs its own SQL in places). */
    public static boolean isSqlite(DataSource dataSource) {
        return dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl().startsWith("jdbc:sqlite:");
    }

    private static Path sqliteFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        return dataDir.toAbsolutePath().normalize().resolve("events.db");
    }
}
