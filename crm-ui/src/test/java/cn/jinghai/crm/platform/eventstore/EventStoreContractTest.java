package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Concurrently;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every event store must do under concurrent writers, through the whole application: nothing
 * lost, no sequence number twice, stale writers refused with nothing recorded. Run on the embedded
 * SQLite store and on PostgreSQL.
 */
public abstract class EventStoreContractTest extends AppTestBase {

    protected static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    protected TestApi.Response activity(String id, String... headers) {
        return as("ziya", "POST", "/api/leads/" + id + "/activities",
                Map.of("type", "CALL", "date", TODAY, "notes", "电话跟进"), headers);
    }

    @Test
    protected void fiftyThreadsTimesTwentyCommandsOnOneLead_loseNothing_andNeverRepeatASequenceNumber() throws Exception {
        String id = registerLead("ziya", "ZIYA");
        List<TestApi.Response> answers = Concurrently.run(50, 20, () -> activity(id));

        assertThat(answers).hasSize(1000).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(answers.stream().map(r -> r.json().get("version").asLong()).distinct()).hasSize(1000);
        List<Long> sequences = jdbc.queryForList(
                "SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY globalIndex", Long.class, id);
        assertThat(sequences).hasSize(1001);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
        assertThat(as("ziya", "GET", "/api/leads/" + id, null).json().get("version").asLong()).isEqualTo(1000);
        // the read model saw every event exactly once: its version is the last sequence number
        await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                as("ziya", "GET", "/api/leads?q=" + creditCodeOf(id), null).json().get("content").get(0).get("version").asLong())
                .isEqualTo(1000));
    }

    @Test
    protected void writersWithTheSameExpectedVersion_exactlyOneWins_theRestGetStaleVersion() throws Exception {
        String id = registerLead("ziya", "ZIYA");
        List<TestApi.Response> answers = Concurrently.run(20, 1, () -> activity(id, "If-Match", "0"));

        assertThat(answers.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.status() == 409))
                .hasSize(19)
                .allSatisfy(r -> assertThat(r.text("error")).isEqualTo("STALE_VERSION"));
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    protected void twoUnitsRegisteringOneNewCompanyAtOnce_onlyOneUnitGetsIt() throws Exception {
        String company = "北京并发首报测试有限公司" + System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<String[]> answers = Concurrently.run(12, 1, () -> {
            String user = turn.incrementAndGet() % 2 == 0 ? "ziya" : "coop";
            Map<String, Object> body = new java.util.HashMap<>(cn.jinghai.crm.support.Fixtures.lead(user.toUpperCase()));
            body.put("companyName", company);
            body.remove("creditCode");
            TestApi.Response r = as(user, "POST", "/api/leads", body);
            return new String[]{user, Integer.toString(r.status()), r.text("error")};
        });
        List<String> winners = answers.stream().filter(a -> a[1].equals("201")).map(a -> a[0]).distinct().toList();
        assertThat(winners).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a[1].equals("201")
                || (a[1].equals("409") && "DUPLICATE_COMPANY".equals(a[2]))).as(String.join(" ", a)).isTrue());
        Long units = jdbc.queryForObject("SELECT count(DISTINCT unit_code) FROM company_lead WHERE name_key = ?", Long.class,
                cn.jinghai.crm.common.api.CompanyNames.normalise(company));
        assertThat(units).isEqualTo(1);
    }

    /**
     * DOMAIN.md, referrals: the first referrer of a company is the one credited; a later referral of
     * a known company is a DUPLICATE. Twelve referrals of one new company by two ambassadors at the
     * same instant: exactly one is SUBMITTED, every other one DUPLICATE.
     */
    @Test
    protected void twoAmbassadorsReferringOneNewCompanyAtOnce_onlyTheFirstIsCredited() throws Exception {
        ensureUser("amb2", "AMBASSADOR", null);
        String company = "北京并发推荐测试有限公司" + System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<String[]> answers = Concurrently.run(12, 1, () -> {
            String user = turn.incrementAndGet() % 2 == 0 ? "amb" : "amb2";
            TestApi.Response r = as(user, "POST", "/api/referrals", Map.of("companyName", company,
                    "contact", "刘总 13900000000", "notes", "同时推荐同一家新企业"));
            return new String[]{user, Integer.toString(r.status()), r.status() == 201 ? r.text("id") : r.toString()};
        });
        assertThat(answers).allSatisfy(a -> assertThat(a[1]).as(String.join(" ", a)).isEqualTo("201"));
        java.util.Set<String> ids = new java.util.HashSet<>(answers.stream().map(a -> a[2]).toList());
        // the credited first referral is the one that claimed the company
        String first = jdbc.queryForObject("SELECT referral_id FROM referral_company WHERE company_key = ?", String.class,
                "N:" + cn.jinghai.crm.common.api.CompanyNames.normalise(company));
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, String> statuses = new java.util.HashMap<>();
            for (String ambassador : new String[]{"amb", "amb2"}) {
                for (com.fasterxml.jackson.databind.JsonNode r : as(ambassador, "GET", "/api/referrals/mine", null).json()) {
                    if (ids.contains(r.get("id").asText())) {
                        statuses.put(r.get("id").asText(), r.get("status").asText());
                    }
                }
            }
            assertThat(statuses).hasSize(12);
            assertThat(statuses.values().stream().filter("SUBMITTED"::equals)).as(statuses.toString()).hasSize(1);
            assertThat(statuses.values().stream().filter("DUPLICATE"::equals)).as(statuses.toString()).hasSize(11);
            assertThat(statuses.get(first)).isEqualTo("SUBMITTED");
        });
    }

    private String creditCodeOf(String id) {
        return as("ziya", "GET", "/api/leads/" + id, null).text("creditCode");
    }
}
