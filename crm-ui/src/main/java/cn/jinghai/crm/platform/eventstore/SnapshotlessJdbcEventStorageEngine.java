package cn.jinghai.crm.platform.eventstore;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine with two changes that keep commands off each other's and the read side's
 * way (issue 10's profile):
 * <ul>
 *   <li>No snapshot read before every aggregate load. No aggregate here is snapshotted (recent
 *   aggregates are cached instead, see {@link AggregateCache}), so that query always found nothing:
 *   on PostgreSQL it was the largest share of a command's database time.</li>
 *   <li>Optionally, a pool of reader connections for what the tracking processors and the figures'
 *   readiness checks read (new events, head and tail tokens), outside any transaction. On the embedded
 *   SQLite store the writer is a single connection; the processors' polling used to queue with the
 *   commands for it. In WAL mode readers see every committed event beside the writer.</li>
 * </ul>
 * Aggregates are still read on the command's own connection, inside its transaction.
 */
public class SnapshotlessJdbcEventStorageEngine extends JdbcEventStorageEngine {

    /** Set while this thread reads for a tracking processor: connections then come from the readers. */
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final DataSource readers;

    protected SnapshotlessJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, DataSource readers) {
        super(builder);
        this.readers = readers;
    }

    /**
     * Builds the engine from a configured builder of Axon's engine, reading for the processors from
     * {@code readers} if given (else from the builder's connection provider, as Axon does).
     */
    public static SnapshotlessJdbcEventStorageEngine of(JdbcEventStorageEngine.Builder builder,
                                                        TransactionManager transactionManager, DataSource readers) {
        builder.transactionManager(readers == null ? transactionManager : new NoTransactionWhileReading(transactionManager));
        return new SnapshotlessJdbcEventStorageEngine(builder, readers);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return reading(() -> super.fetchTrackedEvents(lastToken, batchSize));
    }

    @Override
    public TrackingToken createTailToken() {
        return reading(super::createTailToken);
    }

    @Override
    public TrackingToken createHeadToken() {
        return reading(super::createHeadToken);
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return reading(() -> super.createTokenAt(dateTime));
    }

    @Override
    protected Connection getConnection() {
        if (readers != null && Boolean.TRUE.equals(READING.get())) {
            try {
                return readers.getConnection();
            } catch (SQLException e) {
                throw new JdbcException("No reader connection to the event store", e);
            }
        }
        return super.getConnection();
    }

    private <T> T reading(Supplier<T> read) {
        if (readers == null || Boolean.TRUE.equals(READING.get())) {
            return read.get();
        }
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING.remove();
        }
    }

    /** The engine's transactions, except around a processor's read: a reader needs none. */
    private record NoTransactionWhileReading(TransactionManager delegate) implements TransactionManager {
        private static final Transaction NONE = new Transaction() {
            @Override
            public void commit() {
            }

            @Override
            public void rollback() {
            }
        };

        @Override
        public Transaction startTransaction() {
            return Boolean.TRUE.equals(READING.get()) ? NONE : delegate.startTransaction();
        }
    }
}
