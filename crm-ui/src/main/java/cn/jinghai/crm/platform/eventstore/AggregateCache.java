package cn.jinghai.crm.platform.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

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
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
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
