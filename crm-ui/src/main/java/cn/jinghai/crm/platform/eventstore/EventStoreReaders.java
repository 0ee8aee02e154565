package cn.jinghai.crm.platform.eventstore;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;

import javax.sql.DataSource;

/**
 * The reader connections of the embedded event store (SQLite in WAL mode: readers see every committed
 * event beside the single writer), used by the storage engine for what the tracking processors read.
 * None for PostgreSQL, whose pool serves both. Not a {@link DataSource} bean of its own, so that
 * everything else (transactions, Flyway, JDBC templates) keeps the one event-store data source.
 */
public final class EventStoreReaders implements DisposableBean {

    private final HikariDataSource pool;

    EventStoreReaders(HikariDataSource pool) {
        this.pool = pool;
    }

    /** No reader connections of their own: the store's pool serves reads (PostgreSQL). */
    public static EventStoreReaders none() {
        return new EventStoreReaders(null);
    }

    /** The readers' pool, or {@code null} when the writer's pool serves reads too. */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.close();
        }
    }
}
