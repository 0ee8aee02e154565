package cn.jinghai.crm.platform.lookup;

import cn.jinghai.crm.common.api.CompanyNames;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema version 7: the company keys of 首报首谈 and of first referrers are written again with the
 * comparison form that ignores characters nobody sees (control and format characters, see
 * {@link CompanyNames#normalise}). The stored key is the old comparison form of the name, and the new
 * form of that key is the new form of the name, so no event needs reading. Where two claims become
 * one key, the company was recorded twice through such a character: the row with the hidden
 * character goes (the other stays the claim) and the pair is logged for the office to check; {@link CompanyKeyReport} lists, at every start,
 * companies that more than one unit works.
 */
@Component
public class CompanyKeysWithoutHiddenCharacters implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(CompanyKeysWithoutHiddenCharacters.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "company keys without hidden characters";
    }

    @Override
    public Integer getChecksum() {
        return 7;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int leads = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT lead_id, name_key FROM company_lead");
             PreparedStatement update = connection.prepareStatement("UPDATE company_lead SET name_key = ? WHERE lead_id = ?");
             ResultSet rows = select.executeQuery()) {
            List<String[]> changes = new ArrayList<>();
            while (rows.next()) {
                String key = rows.getString(2);
                String rekeyed = CompanyNames.normalise(key);
                if (!rekeyed.equals(key)) {
                    changes.add(new String[]{rows.getString(1), rekeyed});
                }
            }
            for (String[] change : changes) {
                update.setString(1, change[1]);
                update.setString(2, change[0]);
                update.executeUpdate();
                leads++;
            }
        }
        int claims = rekeyPrimaryKeys(connection, "company_claim", "company_key", null);
        int referrals = rekeyPrimaryKeys(connection, "referral_company", "company_key", "referral_id");
        if (leads + claims + referrals > 0) {
            log.warn("Company keys written without hidden characters: {} leads, {} claims, {} first referrals",
                    leads, claims, referrals);
        }
    }

    /** Rekeys the {@code N:} rows of a table keyed by company key; a row whose new key exists already goes. */
    private static int rekeyPrimaryKeys(Connection connection, String table, String keyColumn, String ownerColumn)
            throws SQLException {
        List<String[]> rows = new ArrayList<>();
        String columns = ownerColumn == null ? keyColumn : keyColumn + ", " + ownerColumn;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + columns + " FROM " + table + " WHERE " + keyColumn + " LIKE 'N:%' ORDER BY " + keyColumn);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[]{rs.getString(1), ownerColumn == null ? null : rs.getString(2)});
            }
        }
        int changed = 0;
        for (String[] row : rows) {
            String key = row[0];
            String rekeyed = "N:" + CompanyNames.normalise(key.substring(2));
            if (rekeyed.equals(key)) {
                continue;
            }
            changed++;
            boolean taken;
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT count(*) FROM " + table + " WHERE " + keyColumn + " = ?")) {
                exists.setString(1, rekeyed);
                try (ResultSet rs = exists.executeQuery()) {
                    taken = rs.next() && rs.getInt(1) > 0;
                }
            }
            if (taken) {
                log.warn("Near-duplicate company in {}: {} (owner {}) is {} once hidden characters are ignored; "
                        + "the claim of {} stays, check which came first", table, visible(key), row[1], visible(rekeyed),
                        visible(rekeyed));
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE " + keyColumn + " = ?")) {
                    delete.setString(1, key);
                    delete.executeUpdate();
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table + " SET " + keyColumn + " = ? WHERE " + keyColumn + " = ?")) {
                    update.setString(1, rekeyed);
                    update.setString(2, key);
                    update.executeUpdate();
                }
            }
        }
        return changed;
    }

    /** A key for the log: hidden characters as U+XXXX, so they can be seen and cannot forge a line. */
    static String visible(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if (cp < 0x20 || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL
                    || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
