package cn.jinghai.crm.demo;

import cn.jinghai.crm.CrmApplication;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The demo district, loaded by the application itself on first start ({@code crm.demo-data=true}) into
 * its own data folder, checked through the HTTP API with the demo users' credentials; then a second
 * start on the same folder, which must load nothing. Its own application contexts, so the shared test
 * context ({@code AppTestBase}) never sees demo data.
 */
class DemoDataTest {

    private static Path dataDir;
    private static ConfigurableApplicationContext app;
    private static TestApi api;
    private static long loadMillis;
    /** The figures asked for the moment the port opened, while the read models were still catching up. */
    private static TestApi.Response firstAnswer;

    @BeforeAll
    static void loadDemo() throws Exception {
        dataDir = Files.createTempDirectory("crm-demo-");
        long started = System.nanoTime();
        app = start(dataDir, "crm.demo-data=true");
        loadMillis = (System.nanoTime() - started) / 1_000_000;
        api = new TestApi("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
        firstAnswer = api.get("/api/years/2022/progress", "leader", "demo-leader-2022");
        await().atMost(Duration.ofSeconds(240)).until(DemoDataTest::readModelsReady);
        System.out.println("Demo start-up (context with loading) took " + loadMillis + " ms");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static ConfigurableApplicationContext start(Path dir, String... properties) {
        // as command-line arguments: they win over application.yml (builder properties are only defaults)
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--crm.data-dir=" + dir,
                "--crm.admin-password=demo-admin-test"));
        for (String property : properties) {
            args.add("--" + property);
        }
        return new SpringApplicationBuilder(CrmApplication.class).run(args.toArray(String[]::new));
    }

    private static boolean readModelsReady() {
        JsonNode status = get("office", "/api/admin/projections");
        for (JsonNode projection : status) {
            // after loading, a read model that caught up with the empty store once must still reach the head
            if (projection.get("rebuilding").asBoolean() || projection.get("position").asLong() < projection.get("head").asLong()) {
                return false;
            }
        }
        return status.size() >= 4;
    }

    private static JsonNode get(String user, String path) {
        String password = switch (user) {
            case "office" -> DemoUsers.OFFICE_PASSWORD;
            case "leader" -> DemoUsers.LEADER_PASSWORD;
            case "ambassador" -> DemoUsers.AMBASSADOR_PASSWORD;
            default -> DemoUsers.PARK_PASSWORD;
        };
        TestApi.Response response = api.get(path, user, password);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.json();
    }

    @Test
    void figuresAskedWhileTheReadModelsCatchUpAnswerRebuildingNeverAPartialFigure() {
        JsonNode complete = get("leader", "/api/years/2022/progress");
        if (firstAnswer.status() == 503) {
            assertThat(firstAnswer.json().get("error").asText()).isEqualTo("REBUILDING");
        } else {
            assertThat(firstAnswer.status()).as(firstAnswer.toString()).isEqualTo(200);
            assertThat(firstAnswer.json()).as("a figure answered before catching up is the complete one").isEqualTo(complete);
        }
    }

    @Test
    void unitsOfTheReportWithStaffAndQuotas() {
        JsonNode units = get("leader", "/api/units");
        Set<String> names = new HashSet<>();
        units.forEach(u -> names.add(u.get("name").asText()));
        assertThat(names).contains("静海镇", "唐官屯镇", "大邱庄镇", "团泊镇", "良王庄乡", "杨成庄乡", "华康街道", "朝阳街道",
                "驻京招商机构", "国际商贸物流园");
        assertThat(units).hasSize(27);
        JsonNode ranking = get("leader", "/api/years/2022/ranking");
        assertThat(ranking).hasSize(26);
        BigDecimal quotas = BigDecimal.ZERO;
        for (JsonNode row : ranking) {
            quotas = quotas.add(new BigDecimal(row.get("quotaCny").asText()));
        }
        assertThat(quotas).isEqualByComparingTo("15000000000");
        // 大邱庄工业区 has 10 of 38 staff on investment work full time: below one third
        JsonNode dqz = find(units, "DQZ_INDUSTRIAL");
        assertThat(dqz.get("dedicatedStaff").asInt() * 3).isLessThan(dqz.get("staff").asInt());
    }

    @Test
    void targetsOfTheReportAndFiguresNearThem() {
        JsonNode progress = get("leader", "/api/years/2022/progress");
        System.out.println("Demo 2022 progress: " + progress);
        assertThat(progress.at("/externalCapital/targetCny").asText()).isEqualTo("15000000000");
        assertThat(progress.at("/sixParks/targetCny").asText()).isEqualTo("13000000000");
        assertThat(progress.at("/beijingProjects/target").asInt()).isEqualTo(100);
        BigDecimal external = new BigDecimal(progress.at("/externalCapital/verifiedCny").asText());
        BigDecimal sixParks = new BigDecimal(progress.at("/sixParks/verifiedCny").asText());
        assertThat(external).isBetween(new BigDecimal("15000000000"), new BigDecimal("17000000000"));
        assertThat(sixParks).isBetween(new BigDecimal("12000000000"), new BigDecimal("13000000000"));
        assertThat(progress.at("/beijingProjects/count").asInt()).isEqualTo(DemoDistrict.BEIJING_SIGNINGS);

        // the figures are the ones the story planned: an independent sum over the same seeded plan
        DemoStoryteller again = new DemoStoryteller();
        again.tell(() -> { }, LocalDate.now());
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal plannedParks = BigDecimal.ZERO;
        for (DemoLeadPlan plan : again.plans()) {
            for (DemoLeadPlan.Tranche t : plan.tranches) {
                if (t.fate == DemoLeadPlan.Fate.COUNTS) {
                    planned = planned.add(t.cny);
                    if (DemoDistrict.unit(t.creditedUnit).park()) {
                        plannedParks = plannedParks.add(t.cny);
                    }
                }
            }
        }
        assertThat(external).isEqualByComparingTo(planned);
        assertThat(sixParks).isEqualByComparingTo(plannedParks);
    }

    @Test
    void aFewHundredLeadsEveryTrancheStateAndStalledProjects() {
        long leads = get("office", "/api/leads?size=1").get("totalElements").asLong();
        assertThat(leads).isBetween(250L, 400L);
        for (String status : List.of("REPORTED", "VERIFIED", "REJECTED", "REVERSED")) {
            assertThat(get("office", "/api/tranches?status=" + status)).as(status).isNotEmpty();
        }
        JsonNode pipeline = get("leader", "/api/pipeline");
        assertThat(pipeline.get("stalledKeyProjects")).isNotEmpty();
        assertThat(pipeline.get("overdueNextSteps")).isNotEmpty();
        // a park team sees its own unit's leads only
        JsonNode ziya = get("ziya", "/api/leads?size=200").get("content");
        assertThat(ziya).isNotEmpty();
        ziya.forEach(lead -> assertThat(lead.get("unitCode").asText()).isEqualTo("ZIYA"));
    }

    @Test
    void pastFiguresAndRestatementsDifferFromNow() {
        JsonNode now = get("leader", "/api/years/2022/progress");
        JsonNode march = get("leader", "/api/years/2022/progress?asOf=2022-03-31");
        assertThat(march.at("/externalCapital/verifiedCny").asText()).isNotEqualTo(now.at("/externalCapital/verifiedCny").asText());
        for (String month : List.of("2022-02", "2022-03", "2022-04")) {
            JsonNode restatement = get("leader", "/api/years/2022/restatement?month=" + month);
            assertThat(restatement.get("changes")).as(month).isNotEmpty();
            assertThat(restatement.get("reported")).as(month).isNotEqualTo(restatement.get("now"));
        }
        // the hand-over recorded on 10 May with effect from 1 April moves an April tranche into the six parks
        JsonNode april = get("leader", "/api/years/2022/restatement?month=2022-04");
        assertThat(april.at("/reported/sixParksCny").asText()).isNotEqualTo(april.at("/now/sixParksCny").asText());
    }

    @Test
    void rankingShowsCompletedUnitsWithRewards() {
        JsonNode ranking = get("leader", "/api/years/2022/ranking");
        List<String> rewards = new ArrayList<>();
        int completed = 0;
        for (JsonNode row : ranking) {
            if (row.get("completed").asBoolean()) {
                completed++;
            }
            if (!"0".equals(row.get("rewardCny").asText())) {
                rewards.add(row.get("rewardCny").asText());
            }
        }
        assertThat(completed).isBetween(7, 12);
        assertThat(completed).isLessThan(ranking.size());
        assertThat(rewards).containsExactly("6000000", "5000000", "4000000", "3000000", "2000000", "1000000");
    }

    @Test
    void theAmbassadorSeesOnlyTheirReferralsAndTheirReward() {
        JsonNode mine = get("ambassador", "/api/referrals/mine");
        assertThat(mine).hasSize(6);
        Set<String> statuses = new HashSet<>();
        mine.forEach(r -> statuses.add(r.get("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder("ACCEPTED", "DECLINED", "DUPLICATE", "SUBMITTED");
        assertThat(api.get("/api/leads", "ambassador", DemoUsers.AMBASSADOR_PASSWORD).status()).isEqualTo(403);
        JsonNode standing = get("ambassador", "/api/ambassadors/ambassador/standing?year=2022");
        assertThat(new BigDecimal(standing.get("approvedRewardCny").asText())).isPositive();
        assertThat(get("office", "/api/referrals")).hasSizeGreaterThanOrEqualTo(17);
    }

    @Test
    void aSecondStartLoadsNothing() {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Long before = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
        assertThat(before).isGreaterThan(2_000L);
        assertThat(app.getBean(DemoDataLoader.class).loadIfEmpty()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class)).isEqualTo(before);
    }

    @Test
    void productionSettingsAreRefused() throws Exception {
        Path dir = Files.createTempDirectory("crm-demo-refused-");
        assertThatThrownBy(() -> start(dir, "crm.demo-data=true", "crm.eventstore.url=jdbc:postgresql://127.0.0.1:1/crm"))
                .hasStackTraceContaining("CRM_DEMO_DATA=true is refused with a PostgreSQL event store");
        assertThatThrownBy(() -> start(dir, "crm.demo-data=true", "crm.mongodb.uri=mongodb://127.0.0.1:1/crm"))
                .hasStackTraceContaining("CRM_DEMO_DATA=true is refused with a real MongoDB");
        assertThat(Files.exists(dir.resolve("events.db"))).isFalse();
    }

    private static JsonNode find(JsonNode units, String code) {
        for (JsonNode unit : units) {
            if (unit.get("code").asText().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError(code);
    }
}
