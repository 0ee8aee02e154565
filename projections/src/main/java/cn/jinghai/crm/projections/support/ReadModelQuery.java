package cn.jinghai.crm.projections.support;

/**
 * A query that must only be answered by a complete read model: while the named read model replays
 * (after a reset, or at start-up until it first catches up with the store), the application refuses
 * the query with 503 REBUILDING instead of answering from half-applied events. The check is made once,
 * where queries are dispatched, for the API and the screens alike.
 */
public interface ReadModelQuery {

    /** The processing group of the read model that answers this query. */
    String readModel();
}
