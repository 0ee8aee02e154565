package cn.jinghai.crm.platform.mongo;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

/**
 * Ties a read store snapshot to the event store it was derived from: the snapshot records the store's
 * last event (global index and identifier) when it was taken, and is used at start-up only if that
 * event is still there. A snapshot kept beside a replaced, restored or older event store would
 * otherwise hand the processors tokens for events that are not in it (or are other events).
 */
public final class SnapshotAnchor {

    /** The anchor of an empty event store: a snapshot taken then suits any store. */
    static final String EMPTY = "";

    private final JdbcTemplate jdbc;

    public SnapshotAnchor(DataSource eventStore) {
        this.jdbc = new JdbcTemplate(eventStore);
    }

    /** The event store's last event as {@code index:identifier}, or {@link #EMPTY}. */
    public String current() {
        try {
            List<String> last = jdbc.query(
                    "SELECT globalIndex, eventIdentifier FROM DomainEventEntry ORDER BY globalIndex DESC LIMIT 1",
                    (rs, row) -> rs.getLong(1) + ":" + rs.getString(2));
            return last.isEmpty() ? EMPTY : last.get(0);
        } catch (DataAccessException noTableYet) {
            return EMPTY;
        }
    }

    /** Whether the event an anchor names is in the event store, at the same place. */
    public boolean holds(String anchor) {
        if (EMPTY.equals(anchor)) {
            return true;
        }
        int colon = anchor.indexOf(':');
        if (colon < 0) {
            return false;
        }
        try {
            long index = Long.parseLong(anchor.substring(0, colon));
            List<String> found = jdbc.query("SELECT eventIdentifier FROM DomainEventEntry WHERE globalIndex = ?",
                    (rs, row) -> rs.getString(1), index);
            return found.size() == 1 && found.get(0).equals(anchor.substring(colon + 1));
        } catch (NumberFormatException | DataAccessException e) {
            return false;
        }
    }
}
