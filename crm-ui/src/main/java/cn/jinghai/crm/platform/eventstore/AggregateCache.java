package cn.jinghai.crm.platform.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * Axon's aggregate cache over a bounded Caffeine map (least recently used go first). With it a command
 * on an aggregate used recently does not replay the aggregate's events: Axon's caching repository
 * puts the aggregate back after each commit and drops it when a unit of work rolls back, and its
 * per-aggregate lock keeps commands on one aggregate in order. Right for one process writing the
 * store (the embedded SQLite file); with several instances on one PostgreSQL another instance's events
 * would not be seen, so there it is off unless configured ({@code crm.eventstore.aggregate-cache}).
 * Entry listeners are not offered: only aggregate repositories use this cache.
 */
public final class AggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    public AggregateCache(int maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            entries.remove(key);
        } else {
            entries.put(key, value);
            forgetUnlessCommitted(key);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean put = entries.putIfAbsent(key, value) == null;
        if (put) {
            forgetUnlessCommitted(key);
        }
        return put;
    }

    /**
     * Several commands may share one database transaction (accepting a referral registers a lead in the
     * same transaction; an import records a batch of rows in one). Axon's unit of work of each command
     * ends, and puts its aggregate here, before that transaction commits; if it then rolls back, the
     * aggregate here would hold events that are not stored. So an aggregate put while a transaction is
     * open is dropped again when the transaction ends other than committed (before its connection is
     * released, so no other command can load the aggregate in between).
     */
    private void forgetUnlessCommitted(Object key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Object> keys = (Set<Object>) TransactionSynchronizationManager.getResource(this);
        if (keys == null) {
            Set<Object> written = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, written);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AggregateCache.this);
                    if (status != STATUS_COMMITTED) {
                        written.forEach(entries::remove);
                    }
                }
            });
            keys = written;
        }
        keys.add(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, java.util.function.Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, java.util.function.UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("The aggregate cache has no entry listeners");
    }

    /** How many aggregates are cached now (for tests and metrics). */
    public long size() {
        return entries.size();
    }
}
