package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.platform.eventstore.EventStoreReaders;
import cn.jinghai.crm.support.Concurrently;
import cn.jinghai.crm.support.PostgresStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, hole 2 (b): on PostgreSQL, where two application instances and many requests write the
 * user table at once, every failed sign-in is counted (no read-increment-write that loses counts),
 * and the fifth in a row locks the account.
 */
@Tag("postgres")
class PostgresFailureCountTest {

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;
    private static UserAccounts users;

    @BeforeAll
    static void store() {
        String schema = PostgresStore.newSchema();
        HikariConfig admin = config(PostgresStore.url());
        try (HikariDataSource once = new HikariDataSource(admin)) {
            new JdbcTemplate(once).execute("CREATE SCHEMA " + schema);
        }
        HikariConfig config = config(PostgresStore.urlFor(schema));
        config.setMaximumPoolSize(40);
        dataSource = new HikariDataSource(config);
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/postgresql/V2__users_and_audit.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        users = new UserAccounts(jdbc, Clock.systemUTC(), EventStoreReaders.none());
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void failuresArrivingTogether_areAllCounted() throws Exception {
        for (int u = 0; u < 10; u++) {
            create("together-" + u);
        }
        AtomicInteger next = new AtomicInteger();
        // 40 at once: four failures for each of ten accounts
        Concurrently.run(40, 1, () -> {
            users.recordFailure("together-" + (next.getAndIncrement() % 10));
            return null;
        });
        for (int u = 0; u < 10; u++) {
            UserAccount user = users.find("together-" + u).orElseThrow();
            assertThat(user.failedAttempts()).as(user.username()).isEqualTo(4);
            assertThat(user.lockedUntil()).isNull();
        }
    }

    @Test
    void fortyFailuresTogether_lockTheAccount() throws Exception {
        create("wave");
        Concurrently.run(40, 1, () -> {
            users.recordFailure("wave");
            return null;
        });
        UserAccount user = users.find("wave").orElseThrow();
        assertThat(users.isLocked(user)).isTrue();
        users.recordSuccess("wave");
        assertThat(users.isLocked(users.find("wave").orElseThrow())).as("a success does not clear a lock").isTrue();
    }

    private static void create(String name) {
        assertThat(users.create(name, "{noop}x", name, cn.jinghai.crm.common.api.Role.LEADERSHIP, null, "test")).isTrue();
    }

    private static HikariConfig config(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(PostgresStore.user());
        config.setPassword(PostgresStore.password());
        return config;
    }
}
