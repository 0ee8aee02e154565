package cn.jinghai.crm.platform.lookup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Companies that more than one unit works now, once names are compared without hidden characters:
 * leads registered before such names were refused (see {@link CompanyKeysWithoutHiddenCharacters}).
 * Logged at every start until the office resolves them (reassign or drop one of the leads).
 */
@Component
public class CompanyKeyReport {

    private static final Logger log = LoggerFactory.getLogger(CompanyKeyReport.class);

    /** One company key worked by several units: its leads and their units, in lead-id order. */
    public record NearDuplicate(String nameKey, List<String> leadIds, List<String> unitCodes) {
    }

    private final JdbcTemplate jdbc;

    public CompanyKeyReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<NearDuplicate> nearDuplicates() {
        List<String> keys = jdbc.queryForList("SELECT name_key FROM company_lead WHERE active GROUP BY name_key "
                + "HAVING count(DISTINCT unit_code) > 1 ORDER BY name_key", String.class);
        return keys.stream().map(key -> {
            List<String[]> leads = jdbc.query("SELECT lead_id, unit_code FROM company_lead WHERE active AND name_key = ? "
                    + "ORDER BY lead_id", (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, key);
            return new NearDuplicate(key, leads.stream().map(l -> l[0]).toList(), leads.stream().map(l -> l[1]).toList());
        }).toList();
    }

    /** Logs each near-duplicate (run once per start); answers how many there are. */
    public int log() {
        List<NearDuplicate> found = nearDuplicates();
        for (NearDuplicate d : found) {
            log.warn("One company worked by several units (首报首谈): name {} leads {} units {}; reassign or drop all but one",
                    CompanyKeysWithoutHiddenCharacters.visible(d.nameKey()), d.leadIds(), d.unitCodes());
        }
        return found.size();
    }
}
