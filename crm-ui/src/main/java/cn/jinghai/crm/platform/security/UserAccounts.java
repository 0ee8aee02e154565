package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.eventstore.EventStoreReaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The user table in the event-store database (users are part of the source of truth). */
@Repository
public class UserAccounts {

    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final RowMapper<UserAccount> ROW = (rs, n) -> {
        long locked = rs.getLong("locked_until");
        Instant lockedUntil = rs.wasNull() ? null : Instant.ofEpochMilli(locked); // wasNull() is about the last column read
        return new UserAccount(rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"), lockedUntil);
    };

    private final JdbcTemplate jdbc;
    /** Reads outside a transaction: the embedded store's reader connections, else the store's pool. */
    private final JdbcTemplate reads;
    private final Clock clock;

    public UserAccounts(JdbcTemplate jdbc, Clock clock, EventStoreReaders readers) {
        this.jdbc = jdbc;
        this.reads = readers.dataSource() == null ? jdbc : new JdbcTemplate(readers.dataSource());
        this.clock = clock;
    }

    /**
     * The account as stored now. Every request reads it (a lock or a new password holds at once), so
     * outside a transaction it is read through a reader connection of the embedded store, which sees
     * every committed change, instead of queueing with the commands for the single writer.
     */
    public Optional<UserAccount> find(String username) {
        JdbcTemplate template = TransactionSynchronizationManager.isActualTransactionActive() ? jdbc : reads;
        return template.query("SELECT * FROM crm_user WHERE username = ?", ROW, username).stream().findFirst();
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM crm_user", Integer.class);
        return count == null || count == 0;
    }

    public List<UserAccount> list() {
        return jdbc.query("SELECT * FROM crm_user ORDER BY username", ROW);
    }

    /** Inserts a user; returns false when the username is taken. */
    @Transactional
    public boolean create(String username, String passwordHash, String displayName, Role role, String unitCode,
                          String createdBy) {
        if (find(username).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO crm_user (username, password_hash, display_name, role, unit_code, enabled,"
                        + " failed_attempts, created_at, created_by) VALUES (?, ?, ?, ?, ?, TRUE, 0, ?, ?)",
                username, passwordHash, displayName, role.name(), unitCode, clock.millis(), createdBy);
        return true;
    }

    /**
     * Counts a failed login; the {@value #MAX_FAILED_ATTEMPTS}th in a row locks the account (and
     * starts the count again). One statement, so failures that arrive together are all counted, on
     * SQLite and PostgreSQL alike (the right-hand sides read the row as it was before the update).
     * A failure while the account is locked is not counted: the lock already holds.
     */
    public void recordFailure(String username) {
        long now = clock.millis();
        long lockUntil = clock.instant().plus(LOCK_DURATION).toEpochMilli();
        jdbc.update("UPDATE crm_user SET"
                        + " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END,"
                        + " failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END"
                        + " WHERE username = ? AND (locked_until IS NULL OR locked_until <= ?)",
                MAX_FAILED_ATTEMPTS, lockUntil, MAX_FAILED_ATTEMPTS, username, now);
    }

    /**
     * A successful login clears the failure count (failures count "in a row") and an expired lock;
     * never a lock that another request set meanwhile.
     */
    public void recordSuccess(String username) {
        jdbc.update("UPDATE crm_user SET failed_attempts = 0, locked_until = NULL"
                + " WHERE username = ? AND (locked_until IS NULL OR locked_until <= ?)", username, clock.millis());
    }

    public boolean isLocked(UserAccount user) {
        return user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant());
    }
}
