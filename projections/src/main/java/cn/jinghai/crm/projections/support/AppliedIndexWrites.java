package cn.jinghai.crm.projections.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Idempotent read-model writes without transactions: every document records the global index of the
 * last event applied to it ({@value #FIELD}), and an event at or below that index is skipped, so a
 * redelivered event, or a replay after a crash between two writes, never applies twice.
 * <p>
 * The check reads the document by {@code _id} and then updates by {@code _id} only. A conditional
 * filter ({@code _id} and {@code appliedIndex < n}) would be atomic, but the embedded server answers
 * any query other than a plain {@code _id} match by scanning the whole collection. The read-then-write
 * is safe because a tracking processor segment handles one event at a time, in order.
 */
public final class AppliedIndexWrites {

    public static final String FIELD = "appliedIndex";

    private AppliedIndexWrites() {
    }

    /** Applies {@code updates} to document {@code id} unless it has already seen event {@code index}. */
    public static boolean update(MongoCollection<Document> collection, Object id, long index, List<Bson> updates) {
        Document current = collection.find(Filters.eq("_id", id)).projection(Projections.include(FIELD)).first();
        if (current == null || alreadyApplied(current, index)) {
            return false;
        }
        List<Bson> all = new ArrayList<>(updates);
        all.add(Updates.set(FIELD, index));
        collection.updateOne(Filters.eq("_id", id), Updates.combine(all));
        return true;
    }

    /** The global index of the event a tracking token stands at. */
    public static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("event without a position"));
    }

    public static boolean alreadyApplied(Document document, long index) {
        Number applied = document.get(FIELD, Number.class);
        return applied != null && applied.longValue() >= index;
    }
}
