package cn.jinghai.crm.projections.support;

import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

/**
 * Idempotent read-model writes without transactions: every document records the global index of the
 * last event applied to it ({@value #FIELD}), and an event at or below that index is skipped, so a
 * redelivered event, or a replay after a crash between a batch's documents and its token, never
 * applies twice ({@link ReadModelDocuments#apply}). A check of the document read by {@code _id} is
 * enough because a tracking processor segment handles its events one at a time, in order.
 */
public final class AppliedIndexWrites {

    public static final String FIELD = "appliedIndex";

    private AppliedIndexWrites() {
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
