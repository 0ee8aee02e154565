package cn.jinghai.crm.projections.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read-model writes of one event processor batch, held in memory and written at its end: per
 * collection one bulk write of whole documents, then what must follow them (the processor's token).
 * A document is read from the store at most once per batch ({@link ReadModelDocuments#find}) and
 * written at most once, however many events of the batch change it.
 * <p>
 * Why the token comes last: the embedded store has no transactions, so a crash may fall between the
 * documents and the token. The documents are then ahead of the token, and the events after it are
 * delivered again; every document records the last event applied to it ({@link AppliedIndexWrites}),
 * so they are skipped where already applied. The other order would lose the batch.
 * <p>
 * Collections are written in the order of their first write in the batch, those declared
 * {@link ReadModelDocuments#writtenFirst()} before all others and those declared
 * {@link ReadModelDocuments#writtenLast()} after all others; a crash may fall between two of them. A
 * projection whose documents are derived from another's state before an event (the pipeline's totals
 * from a lead's old stage) declares the derived ones written first: replayed, the event then finds
 * the lead not yet changed and the totals already changed, and changes only the lead. A record of
 * how far the others are written ({@link InMemoryCopy}'s version) is written last.
 * <p>
 * A batch belongs to the thread that began it (an Axon tracking processor handles a batch on one
 * thread); a batch begun while one is open joins it. Without a batch, writes go to the store at once.
 */
public final class ReadModelBatch {

    private static final ThreadLocal<ReadModelBatch> CURRENT = new ThreadLocal<>();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /** Per collection (by namespace), the documents of this batch by id: a document, or {@link #DELETED}. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    /** The collections with writes, in the order of their first write: the order they are written in. */
    private final List<Pending> writeOrder = new ArrayList<>();
    private final List<Runnable> afterWrites = new ArrayList<>();
    private List<?> events = List.of();
    private int depth = 1;

    private static final Document DELETED = new Document();

    private ReadModelBatch() {
    }

    /** Begins a batch on this thread, or joins the one already open. */
    public static ReadModelBatch begin() {
        ReadModelBatch batch = CURRENT.get();
        if (batch != null) {
            batch.depth++;
            return batch;
        }
        batch = new ReadModelBatch();
        CURRENT.set(batch);
        return batch;
    }

    /** The batch open on this thread, if any. */
    public static Optional<ReadModelBatch> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Ends this thread's part in the batch; the outermost commit writes everything, then runs what follows. */
    public void commit() {
        if (--depth > 0) {
            return;
        }
        CURRENT.remove();
        flush();
        afterWrites.forEach(Runnable::run);
    }

    /** Drops the batch's writes: nothing of it reaches the store. */
    public void rollback() {
        depth = 0;
        CURRENT.remove();
        pending.clear();
        writeOrder.clear();
        afterWrites.clear();
    }

    /** Runs {@code action} after the batch's documents are written (at once when there is no batch). */
    public static void afterWrites(Runnable action) {
        ReadModelBatch batch = CURRENT.get();
        if (batch == null) {
            action.run();
        } else {
            batch.afterWrites.add(action);
        }
    }

    /**
     * The events this batch will handle, so that the first document a collection misses can bring in the
     * documents of every aggregate of the batch in one read ({@link ReadModelDocuments#keyedByAggregate}).
     */
    public void events(List<?> messages) {
        this.events = messages;
    }

    /**
     * Reads, in one query, the documents of every aggregate of the batch's events that this batch has not
     * read yet for {@code collection}; those not found are remembered as absent.
     */
    void prefetchAggregates(MongoCollection<Document> collection) {
        Pending p = pending(collection);
        if (p.prefetched) {
            return;
        }
        p.prefetched = true;
        Set<Object> ids = new LinkedHashSet<>();
        for (Object event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                    && !p.loaded.containsKey(domain.getAggregateIdentifier())
                    && !p.documents.containsKey(domain.getAggregateIdentifier())) {
                ids.add(domain.getAggregateIdentifier());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> p.loaded.put(id, null));
        collection.find(Filters.in("_id", ids)).forEach(d -> p.loaded.put(d.get("_id"), d));
    }

    Document cached(MongoCollection<Document> collection, Object id) {
        Pending p = pending.get(collection.getNamespace().getFullName());
        return p == null ? null : p.documents.get(id);
    }

    boolean isDeleted(Document document) {
        return document == DELETED;
    }

    void loaded(MongoCollection<Document> collection, Object id, Document document) {
        pending(collection).loaded.put(id, document);
    }

    Document loadedOrNull(MongoCollection<Document> collection, Object id) {
        Pending p = pending.get(collection.getNamespace().getFullName());
        return p == null ? null : p.loaded.get(id);
    }

    boolean wasLoaded(MongoCollection<Document> collection, Object id) {
        Pending p = pending.get(collection.getNamespace().getFullName());
        return p != null && p.loaded.containsKey(id);
    }

    void put(ReadModelDocuments target, Object id, Document document) {
        written(target).documents.put(id, document);
    }

    void delete(ReadModelDocuments target, Object id) {
        written(target).documents.put(id, DELETED);
    }

    private Pending written(ReadModelDocuments target) {
        Pending p = pending(target.collection());
        p.target = target;
        if (!writeOrder.contains(p)) {
            int at = 0;
            while (at < writeOrder.size() && writeOrder.get(at).target.writeRank() <= target.writeRank()) {
                at++;
            }
            writeOrder.add(at, p);
        }
        return p;
    }

    private Pending pending(MongoCollection<Document> collection) {
        return pending.computeIfAbsent(collection.getNamespace().getFullName(), k -> new Pending(collection));
    }

    private void flush() {
        for (Pending p : writeOrder) {
            List<WriteModel<Document>> writes = new ArrayList<>(p.documents.size());
            p.documents.forEach((id, document) -> writes.add(document == DELETED
                    ? new DeleteOneModel<>(Filters.eq("_id", id))
                    : new ReplaceOneModel<>(Filters.eq("_id", id), document, UPSERT)));
            p.collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            p.documents.forEach((id, document) -> {
                if (document == DELETED) {
                    p.target.deleted(id);
                } else {
                    p.target.written(document);
                }
            });
        }
        pending.clear();
        writeOrder.clear();
    }

    /** One collection's share of the batch: documents to write, and those read (null: absent) this batch. */
    private static final class Pending {
        final MongoCollection<Document> collection;
        final Map<Object, Document> documents = new LinkedHashMap<>();
        final Map<Object, Document> loaded = new LinkedHashMap<>();
        boolean prefetched;
        ReadModelDocuments target;

        Pending(MongoCollection<Document> collection) {
            this.collection = collection;
        }
    }
}
