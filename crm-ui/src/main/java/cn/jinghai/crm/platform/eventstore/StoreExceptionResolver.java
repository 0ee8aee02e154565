package cn.jinghai.crm.platform.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation on append (two writers claiming the same aggregate sequence
 * number) on both stores, so Axon reports a concurrency conflict instead of a generic store error.
 * Axon's default resolver knows PostgreSQL's code but not SQLite's constraint error.
 */
public class StoreExceptionResolver implements PersistenceExceptionResolver {

    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite && isSqliteUniqueViolation(sqlite)) {
                return true;
            }
            if (t instanceof SQLException sql && POSTGRES_UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isSqliteUniqueViolation(SQLiteException e) {
        SQLiteErrorCode code = e.getResultCode();
        return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                || (code == SQLiteErrorCode.SQLITE_CONSTRAINT && String.valueOf(e.getMessage()).contains("UNIQUE"));
    }
}
