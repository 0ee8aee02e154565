package cn.jinghai.crm.platform.lookup;

import cn.jinghai.crm.common.api.CompanyNames;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store from before hidden characters were refused: company keys that carry them are written
 * again, claims that become one are merged, and companies two units work are reported.
 */
class CompanyKeysWithoutHiddenCharactersTest {

    @Test
    void oldKeysAreRekeyed_mergedClaimsReported_andNearDuplicatesListed(@TempDir Path dir) {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("events.db"), true);
        try {
            flyway(db, "6").migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            String plain = CompanyNames.normalise("北京华科有限公司");
            String hidden = "北京\u200B华科有限公司".toLowerCase(); // what the old comparison form kept
            jdbc.update("INSERT INTO company_lead VALUES ('l1', NULL, ?, 'ZIYA', TRUE)", plain);
            jdbc.update("INSERT INTO company_lead VALUES ('l2', NULL, ?, 'COOP', TRUE)", hidden);
            jdbc.update("INSERT INTO company_lead VALUES ('l3', NULL, ?, 'COOP', TRUE)", "北京\u2060其他有限公司");
            jdbc.update("INSERT INTO company_claim VALUES (?)", "N:" + plain);
            jdbc.update("INSERT INTO company_claim VALUES (?)", "N:" + hidden);
            jdbc.update("INSERT INTO company_claim VALUES (?)", "C:91120223MA05L2XW7B");
            jdbc.update("INSERT INTO referral_company VALUES (?, 'r1')", "N:" + plain);
            jdbc.update("INSERT INTO referral_company VALUES (?, 'r2')", "N:\u202E" + plain);
            assertThat(new CompanyKeyReport(jdbc).nearDuplicates()).isEmpty();

            flyway(db, "latest").migrate();

            assertThat(jdbc.queryForList("SELECT name_key FROM company_lead ORDER BY lead_id", String.class))
                    .containsExactly(plain, plain, CompanyNames.normalise("北京其他有限公司"));
            assertThat(jdbc.queryForList("SELECT company_key FROM company_claim ORDER BY company_key", String.class))
                    .containsExactly("C:91120223MA05L2XW7B", "N:" + plain);
            assertThat(jdbc.queryForList("SELECT referral_id FROM referral_company", String.class)).containsExactly("r1");
            List<CompanyKeyReport.NearDuplicate> found = new CompanyKeyReport(jdbc).nearDuplicates();
            assertThat(found).containsExactly(new CompanyKeyReport.NearDuplicate(plain, List.of("l1", "l2"),
                    List.of("ZIYA", "COOP")));
            assertThat(new CompanyKeyReport(jdbc).log()).isEqualTo(1);
        } finally {
            db.destroy();
        }
    }

    @Test
    void keysForTheLogShowHiddenCharacters() {
        assertThat(CompanyKeysWithoutHiddenCharacters.visible("北京\u200B华科\n")).isEqualTo("北京<U+200B>华科<U+000A>");
    }

    private static Flyway flyway(SingleConnectionDataSource db, String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration/sqlite")
                .javaMigrations(new CompanyKeysWithoutHiddenCharacters()).target(target).load();
    }
}
