package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The lead list in memory, in the list's order (registration date, then id), so a page of any filter
 * or search is found without asking the store to scan and sort every lead: the embedded store has no
 * secondary indexes, and a page of 50 at 30,000 leads took half a second there. It is the lead
 * list's {@link cn.jinghai.crm.projections.support.InMemoryCopy}.
 */
final class LeadListIndex implements ReadModelDocuments.Listener {

    /** A lead as the list filters, sorts and shows it. */
    record Entry(LeadSummary summary, List<String> searchable) {
        boolean matches(String unit, Stage stage, String q) {
            return (unit == null || unit.equals(summary.unitCode()))
                    && (stage == null || stage == summary.stage())
                    && (q == null || searchable.stream().anyMatch(text -> text.contains(q)));
        }
    }

    private record Key(String registeredOn, String id) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::registeredOn).thenComparing(Key::id);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<Key, Entry> ordered = new TreeMap<>(ORDER);
    private final Map<String, Key> keys = new HashMap<>();

    @Override
    public void written(Document document) {
        Entry entry = new Entry(LeadListProjection.toSummary(document), searchText(document));
        Key key = new Key(document.getString("registeredOn"), document.getString("_id"));
        lock.writeLock().lock();
        try {
            Key old = keys.put(key.id(), key);
            if (old != null) {
                ordered.remove(old);
            }
            ordered.put(key, entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void deleted(Object id) {
        lock.writeLock().lock();
        try {
            Key old = keys.remove(String.valueOf(id));
            if (old != null) {
                ordered.remove(old);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void cleared() {
        lock.writeLock().lock();
        try {
            ordered.clear();
            keys.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The page of leads matching unit, stage and search text (any of them null for all), in the list's
     * order, with the number of all matches.
     */
    LeadPage page(String unit, Stage stage, String q, int page, int size) {
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        long from = (long) page * size;
        List<LeadSummary> content = new ArrayList<>(size);
        long total = 0;
        lock.readLock().lock();
        try {
            for (Entry entry : ordered.values()) {
                if (entry.matches(unit, stage, needle)) {
                    if (total >= from && content.size() < size) {
                        content.add(entry.summary());
                    }
                    total++;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return new LeadPage(content, page, size, total);
    }

    /** What a search looks in, lower-cased: company name, project name, credit code. */
    private static List<String> searchText(Document d) {
        List<String> texts = new ArrayList<>(3);
        for (String field : List.of("companyName", "projectName", "creditCode")) {
            String text = d.getString(field);
            if (text != null) {
                texts.add(text.toLowerCase(Locale.ROOT));
            }
        }
        return texts;
    }
}
