package cn.jinghai.crm.projections.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read model's collection held in memory as well, for the queries the embedded store could answer
 * only by scanning (and sorting) every document, since it has no secondary indexes: a page of the
 * lead list, the pipeline's stalled and overdue leads. The copy, a {@link ReadModelDocuments.Listener},
 * is filled from the collection when the application starts, then follows every document the read
 * model stores or deletes, and every reset; it holds nothing the collection does not.
 * <p>
 * Another instance sharing a real MongoDB writes the collection without this one hearing of it. So the
 * read model records, with every event it handles ({@link #applied}), how far it has got and which
 * filling of the collection this is (a new one after every reset), in one version document that its
 * batch writes after the others. A query first calls {@link #follow()}: at most once per interval that
 * reads the version by {@code _id}, then the documents changed since the copy last looked, or all of
 * them after a reset elsewhere. The copy is told of a document only after it is stored, and following
 * and the read model's own writes take turns, so a document read by following never overtakes a newer
 * one the copy was told of.
 */
public final class InMemoryCopy {

    /** How often a query checks whether another instance has moved the collection on. */
    public static final Duration FOLLOW_EVERY = Duration.ofSeconds(1);

    private static final String APPLIED = AppliedIndexWrites.FIELD;
    private static final String GENERATION = "generation";

    private final ReadModelDocuments documents;
    private final MongoCollection<Document> collection;
    private final ReadModelDocuments versions;
    private final String versionId;
    private final ReadModelDocuments.Listener copy;
    private final long followEveryNanos;
    private final AtomicLong followedAt = new AtomicLong(System.nanoTime());
    private volatile String generation;
    /** The highest event index the copy has seen applied: where the collection stood when last followed. */
    private long seen;

    /**
     * Fills {@code copy} from the collection of {@code documents} and keeps it following the collection.
     * The version is kept in {@code <collection>_version}.
     */
    public InMemoryCopy(MongoDatabase database, ReadModelDocuments documents, ReadModelDocuments.Listener copy,
                        Duration followEvery) {
        this.documents = documents;
        this.collection = documents.collection();
        this.copy = copy;
        this.followEveryNanos = followEvery.toNanos();
        String name = collection.getNamespace().getCollectionName();
        this.versionId = name;
        this.versions = new ReadModelDocuments(database, name + "_version").writtenLast()
                .listenedBy(new ReadModelDocuments.Listener() {
                    @Override
                    public void written(Document version) {
                        advanceTo(version);
                    }
                });
        documents.listenedBy(new ReadModelDocuments.Listener() {
            @Override
            public void written(Document document) {
                synchronized (InMemoryCopy.this) {
                    copy.written(document);
                    advanceTo(document);
                }
            }

            @Override
            public void deleted(Object id) {
                synchronized (InMemoryCopy.this) {
                    copy.deleted(id);
                }
            }

            @Override
            public void cleared() {
                synchronized (InMemoryCopy.this) {
                    copy.cleared();
                    seen = 0;
                }
            }
        });
        collection.createIndex(Indexes.ascending(APPLIED));
        synchronized (this) {
            Document stored = storedVersion();
            generation = stored == null ? UUID.randomUUID().toString() : stored.getString(GENERATION);
            collection.find().forEach(this::copied);
            if (stored != null) {
                advanceTo(stored);
            }
        }
    }

    /** Records that the read model has applied event {@code index}: call it for every event handled. */
    public void applied(long index) {
        versions.put(new Document("_id", versionId).append(APPLIED, index).append(GENERATION, generation));
    }

    /** Empties the collection and the copy: the read model's reset. The next filling is a new generation. */
    public void reset() {
        generation = UUID.randomUUID().toString();
        documents.clear();
        versions.delete(versionId);
    }

    /**
     * Brings the copy up to the collection if another instance has written it: at most once per
     * interval, one read by {@code _id}, then only the documents changed since.
     */
    public void follow() {
        long now = System.nanoTime();
        long last = followedAt.get();
        if (now - last < followEveryNanos || !followedAt.compareAndSet(last, now)) {
            return;
        }
        synchronized (this) {
            Document stored = storedVersion();
            if (stored == null) {
                return; // being rebuilt, or empty: the copy stays as it is until the first batch is stored
            }
            if (!stored.getString(GENERATION).equals(generation)) {
                generation = stored.getString(GENERATION); // rebuilt elsewhere: start again from what is stored
                copy.cleared();
                seen = 0;
                collection.find().forEach(this::copied);
            } else if (stored.get(APPLIED, Number.class).longValue() > seen) {
                collection.find(Filters.gt(APPLIED, seen)).forEach(this::copied);
            }
            advanceTo(stored);
        }
    }

    /** The highest event index the copy has seen applied. */
    public synchronized long seen() {
        return seen;
    }

    private Document storedVersion() {
        return versions.collection().find(Filters.eq("_id", versionId)).first();
    }

    private void copied(Document document) {
        copy.written(document);
        advanceTo(document);
    }

    private synchronized void advanceTo(Document document) {
        Number applied = document.get(APPLIED, Number.class);
        if (applied != null) {
            seen = Math.max(seen, applied.longValue());
        }
    }
}
