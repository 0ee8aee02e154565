package cn.jinghai.crm.projections.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One read-model collection as its event handlers see it: whole documents found and written by
 * {@code _id} only (the embedded store scans the whole collection for any other filter), through the
 * open {@link ReadModelBatch} when there is one. Query handlers read {@link #collection()} directly.
 * <p>
 * A document returned by {@link #find} is the batch's own copy: change it only to {@link #put} it.
 */
public final class ReadModelDocuments {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private boolean keyedByAggregate;
    /** Where a batch writes this collection among the others: 0 first, 1 in the order of writing, 2 last. */
    private int writeRank = 1;
    private Listener listener = Listener.NONE;

    /** What follows a document into the store: an in-memory index of the collection, for instance. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** The document as it was just stored. */
        default void written(Document document) {
        }

        default void deleted(Object id) {
        }

        /** The collection was emptied. */
        default void cleared() {
        }
    }

    public ReadModelDocuments(MongoDatabase database, String name) {
        this.collection = database.getCollection(name);
    }

    /**
     * Declares that this collection's documents are keyed by the identifier of the aggregate whose events
     * change them (a lead's documents by lead id): the first miss of a batch then reads the documents of
     * all the batch's aggregates at once, instead of one read per document.
     */
    public ReadModelDocuments keyedByAggregate() {
        this.keyedByAggregate = true;
        return this;
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /**
     * Declares that a batch writes this collection before the collections not so declared (see
     * {@link ReadModelBatch}: for documents derived from other documents' state before an event).
     */
    public ReadModelDocuments writtenFirst() {
        this.writeRank = 0;
        return this;
    }

    /**
     * Declares that a batch writes this collection after all others (see {@link ReadModelBatch}: for a
     * record of how far the others are written).
     */
    public ReadModelDocuments writtenLast() {
        this.writeRank = 2;
        return this;
    }

    int writeRank() {
        return writeRank;
    }

    /** Tells {@code listener} of every document of this collection stored, deleted, or cleared. */
    public ReadModelDocuments listenedBy(Listener listener) {
        this.listener = listener;
        return this;
    }

    void written(Document document) {
        listener.written(document);
    }

    void deleted(Object id) {
        listener.deleted(id);
    }

    /** The document with this id as the batch left it, or null. */
    public Document find(Object id) {
        Optional<ReadModelBatch> open = ReadModelBatch.current();
        if (open.isEmpty()) {
            return collection.find(Filters.eq("_id", id)).first();
        }
        ReadModelBatch batch = open.get();
        Document pending = batch.cached(collection, id);
        if (pending != null) {
            return batch.isDeleted(pending) ? null : pending;
        }
        if (keyedByAggregate) {
            batch.prefetchAggregates(collection);
        }
        if (batch.wasLoaded(collection, id)) {
            return batch.loadedOrNull(collection, id);
        }
        Document stored = collection.find(Filters.eq("_id", id)).first();
        batch.loaded(collection, id, stored);
        return stored;
    }

    /** Writes the whole document (its {@code _id} included), replacing any stored one. */
    public void put(Document document) {
        Object id = document.get("_id");
        if (id == null) {
            throw new IllegalArgumentException("a read-model document needs an _id");
        }
        ReadModelBatch.current().ifPresentOrElse(batch -> batch.put(this, id, document), () -> {
            collection.replaceOne(Filters.eq("_id", id), document, UPSERT);
            listener.written(document);
        });
    }

    public void delete(Object id) {
        ReadModelBatch.current().ifPresentOrElse(batch -> batch.delete(this, id), () -> {
            collection.deleteOne(Filters.eq("_id", id));
            listener.deleted(id);
        });
    }

    /**
     * Writes {@code document} unless one with its id exists: for documents whose content follows from
     * one event alone (a redelivery then writes nothing new).
     */
    public void insertIfAbsent(Document document) {
        if (find(document.get("_id")) == null) {
            put(document);
        }
    }

    /**
     * Changes document {@code id} as {@code change} says and stamps it with {@code index}, unless it is
     * absent or has already applied that event (see {@link AppliedIndexWrites}).
     *
     * @return whether the document was changed
     */
    public boolean apply(Object id, long index, Consumer<Document> change) {
        Document document = find(id);
        if (document == null || AppliedIndexWrites.alreadyApplied(document, index)) {
            return false;
        }
        change.accept(document);
        document.put(AppliedIndexWrites.FIELD, index);
        put(document);
        return true;
    }

    /** Empties the collection at once (a read model's reset). */
    public void clear() {
        collection.deleteMany(new Document());
        listener.cleared();
    }
}
