package cn.jinghai.crm.figures.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A seeded random but valid history (leads over six units, some from ambassador referrals; forward
 * stage moves with signings; reassignments with effective dates, half of them on a tranche's arrival
 * day; tranches in three currencies and three origins, verified, rejected and reversed; quota, target
 * and flag changes; 2010-2012) is sent through the API. A plain model written here, sharing no code
 * with the production figures, computes what the figures must be. The API must agree: progress,
 * ranking and breakdown live and as of several past instants; restatements, the ambassador's standing
 * and the units' pipelines live; and all of it again after a full rebuild. Years 2010-2012 and the
 * GEN_ units belong to this test alone.
 */
class FiguresAgainstIndependentComputationTest extends AppTestBase {

    private static final int[] YEARS = {2010, 2011, 2012};
    private static final String[] PARKS = {"GEN_P1", "GEN_P2", "GEN_P3"};
    private static final String[] TOWNS = {"GEN_T1", "GEN_T2", "GEN_T3"};
    private static final String[] CHAINS = {"HEALTH", "NEW_ENERGY", "NEV", "HIGH_END_EQUIPMENT", "NEW_MATERIALS"};
    private static final String[] CHANNELS = {"RELOCATION_LIST", "PLATFORM", "FUND", "BUSINESS_REFERRAL", "OWN"};
    private static final String[] STAGES = {"LEAD", "NEGOTIATING", "SIGNED", "REGISTERED", "CONSTRUCTION", "OPERATING"};
    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private static final long[] REWARDS_WAN = {600, 500, 400, 300, 200, 100};

    // --- the plain model ---
    private static final class MLead {
        final String id;
        final List<Object[]> owners = new ArrayList<>(); // {LocalDate from, String unit}
        boolean beijing;
        boolean highTech;
        int stage;
        LocalDate lastMove = FIRST;
        LocalDate lastReassign = FIRST;
        LocalDate firstSigned;
        String chain;
        String channel;
        String ambassador;

        MLead(String id, String unit) {
            this.id = id;
            owners.add(new Object[]{LocalDate.MIN, unit});
        }

        String currentUnit() {
            return (String) owners.get(owners.size() - 1)[1];
        }

        String ownerOn(LocalDate date) {
            String owner = null;
            for (Object[] o : owners) {
                if (!((LocalDate) o[0]).isAfter(date)) {
                    owner = (String) o[1];
                }
            }
            return owner;
        }
    }

    private record MTranche(String id, MLead lead, BigDecimal cny, String origin, LocalDate arrival, String status) {
        MTranche with(String next) {
            return new MTranche(id, lead, cny, origin, arrival, next);
        }
    }

    private final Map<String, MLead> leads = new LinkedHashMap<>();
    private final Map<String, MTranche> tranches = new LinkedHashMap<>();
    private final Map<Integer, BigDecimal[]> targets = new HashMap<>(); // {external, sixParks, projects}
    private final Map<Integer, Map<String, BigDecimal>> quotas = new HashMap<>();
    private final Random random = new Random(20221231L);
    /** Leads that reached each stage, per unit owning the lead when it got there (as the pipeline counts). */
    private final Map<String, Map<String, Long>> funnel = new HashMap<>();
    private static final String AMBASSADOR = "amb";

    private boolean isPark(String unit) {
        return unit.startsWith("GEN_P");
    }

    private Map<String, BigDecimal> credited(int year) {
        Map<String, BigDecimal> credited = new HashMap<>();
        for (MTranche t : tranches.values()) {
            if (t.status().equals("VERIFIED") && !t.origin().equals("WITHIN_CITY") && t.arrival().getYear() == year) {
                credited.merge(t.lead().ownerOn(t.arrival()), t.cny(), BigDecimal::add);
            }
        }
        return credited;
    }

    private Map<String, Object> expectedProgress(int year) {
        Map<String, BigDecimal> credited = credited(year);
        BigDecimal external = BigDecimal.ZERO;
        BigDecimal six = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : credited.entrySet()) {
            external = external.add(e.getValue());
            if (isPark(e.getKey())) {
                six = six.add(e.getValue());
            }
        }
        long beijing = 0;
        for (MLead lead : leads.values()) {
            if (lead.beijing && lead.highTech && lead.firstSigned != null && lead.firstSigned.getYear() == year) {
                beijing++;
            }
        }
        BigDecimal[] t = targets.get(year);
        return Map.of("external", external, "six", six, "beijing", beijing, "externalTarget", t[0], "sixTarget", t[1],
                "projectsTarget", t[2].intValue());
    }

    /** {unit, rank, credited, rate, completed, reward} best first, computed plainly. */
    private List<Object[]> expectedRanking(int year) {
        Map<String, BigDecimal> credited = credited(year);
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> q : quotas.get(year).entrySet()) {
            rows.add(new Object[]{q.getKey(), q.getValue(), credited.getOrDefault(q.getKey(), BigDecimal.ZERO)});
        }
        rows.sort((a, b) -> {
            // credited_a / quota_a vs credited_b / quota_b, exactly, larger first; then larger credited; then code
            int rate = ((BigDecimal) b[2]).multiply((BigDecimal) a[1]).compareTo(((BigDecimal) a[2]).multiply((BigDecimal) b[1]));
            if (rate != 0) {
                return rate;
            }
            int amount = ((BigDecimal) b[2]).compareTo((BigDecimal) a[2]);
            return amount != 0 ? amount : ((String) a[0]).compareTo((String) b[0]);
        });
        List<Object[]> result = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            if (i == 0) {
                rank = 1;
            } else {
                Object[] p = rows.get(i - 1);
                boolean sameRate = ((BigDecimal) p[2]).multiply((BigDecimal) r[1])
                        .compareTo(((BigDecimal) r[2]).multiply((BigDecimal) p[1])) == 0;
                boolean sameAmount = ((BigDecimal) p[2]).compareTo((BigDecimal) r[2]) == 0;
                if (!(sameRate && sameAmount)) {
                    rank = i + 1;
                }
            }
            BigDecimal quota = (BigDecimal) r[1];
            BigDecimal amount = (BigDecimal) r[2];
            boolean completed = amount.compareTo(quota) >= 0;
            BigDecimal reward = completed && rank <= 6 ? BigDecimal.valueOf(REWARDS_WAN[rank - 1] * 10_000) : BigDecimal.ZERO;
            result.add(new Object[]{r[0], rank, amount, amount.divide(quota, 4, RoundingMode.HALF_UP).toPlainString(),
                    completed, reward});
        }
        return result;
    }

    // --- the history ---

    @Test
    void progressAndRankingMatchAnIndependentComputation_liveAsOfPastInstantsAndAfterRebuild() {
        setUpUnitsTargetsQuotas();
        List<Object[]> checkpoints = new ArrayList<>(); // {Instant, Map<year, progress>, Map<year, ranking>}
        for (int step = 1; step <= 400; step++) {
            randomStep();
            if (step % 100 == 0) {
                checkpoints.add(checkpoint());
            }
        }
        Object[] end = checkpoint();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertMatches(null, end));
        for (Object[] checkpoint : checkpoints) {
            assertMatches((Instant) checkpoint[0], checkpoint);
        }
        assertThat(tranches.values().stream().filter(t -> t.status().equals("VERIFIED")).count()).isGreaterThan(20);
        assertThat(tranches.values().stream().filter(t -> t.status().equals("REVERSED")).count()).isGreaterThan(0);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(this::assertOtherFiguresMatch);

        assertThat(as("admin", "POST", "/api/admin/projections/rebuild", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertMatches(null, end));
        assertMatches((Instant) checkpoints.get(0)[0], checkpoints.get(0));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(this::assertOtherFiguresMatch);
    }

    /** Breakdowns, month-end restatements, the ambassador's standing and the GEN units' pipelines, now. */
    private void assertOtherFiguresMatch() {
        for (int year : YEARS) {
            TestApi.Response breakdownResponse = as("leader", "GET", "/api/years/" + year + "/breakdown", null);
            assertThat(breakdownResponse.status()).as(breakdownResponse.toString()).isEqualTo(200);
            JsonNode breakdown = breakdownResponse.json();
            assertThat(amounts(breakdown.get("byUnit"))).as("byUnit " + year).isEqualTo(grouped(year, "unit"));
            assertThat(amounts(breakdown.get("byChain"))).as("byChain " + year).isEqualTo(grouped(year, "chain"));
            assertThat(amounts(breakdown.get("byChannel"))).as("byChannel " + year).isEqualTo(grouped(year, "channel"));
            assertThat(amounts(breakdown.get("byMonth"))).as("byMonth " + year).isEqualTo(grouped(year, "month"));

            for (String month : new String[]{"-06", "-12"}) {
                LocalDate through = java.time.YearMonth.parse(year + month).atEndOfMonth();
                JsonNode r = as("leader", "GET", "/api/years/" + year + "/restatement?month=" + year + month, null).json();
                BigDecimal external = BigDecimal.ZERO;
                for (MTranche t : tranches.values()) {
                    if (t.status().equals("VERIFIED") && !t.origin().equals("WITHIN_CITY") && t.arrival().getYear() == year
                            && !t.arrival().isAfter(through)) {
                        external = external.add(t.cny());
                    }
                }
                // everything was recorded long after those month ends: nothing was known then
                assertThat(new BigDecimal(r.get("reported").get("externalCapitalCny").asText())).isEqualByComparingTo("0");
                assertThat(new BigDecimal(r.get("now").get("externalCapitalCny").asText())).as("restated " + year + month)
                        .isEqualByComparingTo(external);
                BigDecimal deltas = BigDecimal.ZERO;
                for (JsonNode change : r.get("changes")) {
                    deltas = deltas.add(new BigDecimal(change.get("externalCapitalDelta").asText()));
                }
                assertThat(deltas).as("the changes explain the difference").isEqualByComparingTo(external);
            }

            BigDecimal referred = BigDecimal.ZERO;
            for (MTranche t : tranches.values()) {
                if (AMBASSADOR.equals(t.lead().ambassador) && t.status().equals("VERIFIED")
                        && !t.origin().equals("WITHIN_CITY") && t.arrival().getYear() == year) {
                    referred = referred.add(t.cny());
                }
            }
            BigDecimal proposed = referred.multiply(new BigDecimal("0.005")).setScale(2, RoundingMode.HALF_UP)
                    .min(new BigDecimal("5000000"));
            JsonNode standing = as("leader", "GET", "/api/ambassadors/" + AMBASSADOR + "/standing?year=" + year, null).json();
            assertThat(new BigDecimal(standing.get("verifiedCny").asText())).as("standing " + year).isEqualByComparingTo(referred);
            assertThat(new BigDecimal(standing.get("proposedRewardCny").asText())).isEqualByComparingTo(proposed);
        }
        for (String unit : allUnits()) {
            TestApi.Response response = as("leader", "GET", "/api/pipeline?unit=" + unit, null);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode pipeline = response.json();
            Map<String, Long> byStage = new HashMap<>();
            for (MLead lead : leads.values()) {
                if (lead.currentUnit().equals(unit)) {
                    byStage.merge(STAGES[lead.stage], 1L, Long::sum);
                }
            }
            Map<String, Long> got = new HashMap<>();
            pipeline.get("byStage").fields().forEachRemaining(e -> got.put(e.getKey(), e.getValue().get("count").asLong()));
            assertThat(got).as("pipeline of " + unit).isEqualTo(byStage);
            for (String stage : STAGES) {
                assertThat(pipeline.get("funnel").get(stage).asLong()).as("funnel " + unit + " " + stage)
                        .isEqualTo(funnel.getOrDefault(unit, Map.of()).getOrDefault(stage, 0L));
            }
        }
    }

    private Map<String, BigDecimal> grouped(int year, String key) {
        Map<String, BigDecimal> result = new HashMap<>();
        for (MTranche t : tranches.values()) {
            if (t.status().equals("VERIFIED") && !t.origin().equals("WITHIN_CITY") && t.arrival().getYear() == year) {
                String group = switch (key) {
                    case "unit" -> t.lead().ownerOn(t.arrival());
                    case "chain" -> t.lead().chain;
                    case "channel" -> t.lead().channel;
                    default -> t.arrival().toString().substring(0, 7);
                };
                result.merge(group, t.cny(), BigDecimal::add);
            }
        }
        result.replaceAll((k, v) -> v.stripTrailingZeros());
        return result;
    }

    private static Map<String, BigDecimal> amounts(JsonNode map) {
        Map<String, BigDecimal> result = new HashMap<>();
        map.fields().forEachRemaining(e -> result.put(e.getKey(), new BigDecimal(e.getValue().asText()).stripTrailingZeros()));
        return result;
    }

    private Object[] checkpoint() {
        pause();
        Instant at = Instant.now();
        pause();
        Map<Integer, Map<String, Object>> progress = new HashMap<>();
        Map<Integer, List<Object[]>> ranking = new HashMap<>();
        Map<Integer, Map<String, BigDecimal>> byChannel = new HashMap<>();
        for (int year : YEARS) {
            progress.put(year, expectedProgress(year));
            ranking.put(year, expectedRanking(year));
            byChannel.put(year, grouped(year, "channel"));
        }
        return new Object[]{at, progress, ranking, byChannel};
    }

    @SuppressWarnings("unchecked")
    private void assertMatches(Instant asOf, Object[] expected) {
        String suffix = asOf == null ? "" : "?asOf=" + asOf;
        for (int year : YEARS) {
            Map<String, Object> p = ((Map<Integer, Map<String, Object>>) expected[1]).get(year);
            TestApi.Response response = as("leader", "GET", "/api/years/" + year + "/progress" + suffix, null);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode got = response.json();
            String where = year + " as of " + asOf;
            assertThat(new BigDecimal(got.get("externalCapital").get("verifiedCny").asText())).as(where)
                    .isEqualByComparingTo((BigDecimal) p.get("external"));
            assertThat(new BigDecimal(got.get("sixParks").get("verifiedCny").asText())).as(where)
                    .isEqualByComparingTo((BigDecimal) p.get("six"));
            assertThat(got.get("beijingProjects").get("count").asLong()).as(where).isEqualTo(p.get("beijing"));
            assertThat(new BigDecimal(got.get("externalCapital").get("targetCny").asText())).as(where)
                    .isEqualByComparingTo((BigDecimal) p.get("externalTarget"));
            assertThat(got.get("beijingProjects").get("target").asInt()).as(where).isEqualTo(p.get("projectsTarget"));

            Map<String, BigDecimal> channels = ((Map<Integer, Map<String, BigDecimal>>) expected[3]).get(year);
            JsonNode breakdown = as("leader", "GET", "/api/years/" + year + "/breakdown" + suffix, null).json();
            assertThat(amounts(breakdown.get("byChannel"))).as("byChannel " + where).isEqualTo(channels);

            List<Object[]> rows = ((Map<Integer, List<Object[]>>) expected[2]).get(year);
            JsonNode ranking = as("leader", "GET", "/api/years/" + year + "/ranking" + suffix, null).json();
            assertThat(ranking).as(where).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                JsonNode r = ranking.get(i);
                String at = where + " row " + i;
                assertThat(r.get("unitCode").asText()).as(at).isEqualTo(row[0]);
                assertThat(r.get("rank").asInt()).as(at).isEqualTo(row[1]);
                assertThat(new BigDecimal(r.get("creditedCny").asText())).as(at).isEqualByComparingTo((BigDecimal) row[2]);
                assertThat(r.get("completionRate").asText()).as(at).isEqualTo(row[3]);
                assertThat(r.get("completed").asBoolean()).as(at).isEqualTo(row[4]);
                assertThat(new BigDecimal(r.get("rewardCny").asText())).as(at).isEqualByComparingTo((BigDecimal) row[5]);
            }
        }
    }

    private void setUpUnitsTargetsQuotas() {
        ok(as("office2", "POST", "/api/ambassadors/" + AMBASSADOR + "/rewards", Map.of("year", 2011, "amountCny", "1000",
                "approvedBy", "区长办公会", "documentNo", "生成〔2011〕" + System.nanoTime() + "号")));
        for (String unit : PARKS) {
            ok(as("admin", "PUT", "/api/units/" + unit, Map.of("name", "生成园区 " + unit, "kind", "PARK", "staff", 30,
                    "dedicatedStaff", 10)));
        }
        for (String unit : TOWNS) {
            ok(as("admin", "PUT", "/api/units/" + unit, Map.of("name", "生成乡镇 " + unit, "kind", "TOWNSHIP", "staff", 12,
                    "dedicatedStaff", 3)));
        }
        for (int year : YEARS) {
            setTargets(year);
            quotas.put(year, new HashMap<>());
            for (String unit : allUnits()) {
                setQuota(year, unit);
            }
        }
    }

    private void setTargets(int year) {
        BigDecimal external = BigDecimal.valueOf(50_000_000L + random.nextInt(50_000_000));
        BigDecimal six = external.multiply(new BigDecimal("0.8")).setScale(0, RoundingMode.DOWN);
        int projects = 5 + random.nextInt(10);
        ok(as("admin", "PUT", "/api/years/" + year + "/targets", Map.of("externalCapitalCny", external.toPlainString(),
                "sixParksCny", six.toPlainString(), "beijingProjects", projects)));
        targets.put(year, new BigDecimal[]{external, six, BigDecimal.valueOf(projects)});
    }

    private void setQuota(int year, String unit) {
        BigDecimal quota = BigDecimal.valueOf(2_000_000L + random.nextInt(10_000_000));
        ok(as("admin", "PUT", "/api/years/" + year + "/quotas/" + unit, Map.of("quotaCny", quota.toPlainString())));
        quotas.get(year).put(unit, quota);
    }

    private void randomStep() {
        int roll = random.nextInt(100);
        if (leads.size() < 5 || roll < 18) {
            registerLead();
        } else if (roll < 30) {
            moveStage(pick(leads));
        } else if (roll < 44) {
            reassign(pick(leads));
        } else if (roll < 64) {
            reportTranche(pick(leads));
        } else if (roll < 82) {
            decide("REPORTED", "verify", "VERIFIED");
        } else if (roll < 86) {
            decide("REPORTED", "reject", "REJECTED");
        } else if (roll < 90) {
            decide("VERIFIED", "reverse", "REVERSED");
        } else if (roll < 94) {
            setQuota(YEARS[random.nextInt(3)], allUnits().get(random.nextInt(6)));
        } else if (roll < 96) {
            setTargets(YEARS[random.nextInt(3)]);
        } else {
            changeFlags(pick(leads));
        }
    }

    private void registerLead() {
        if (random.nextInt(5) == 0) {
            registerReferredLead();
            return;
        }
        String unit = allUnits().get(random.nextInt(6));
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", "生成企业" + random.nextInt(1_000_000_000) + "有限公司");
        body.put("projectName", "生成项目");
        body.put("industryChain", CHAINS[random.nextInt(CHAINS.length)]);
        body.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
        body.put("capitalOrigin", "DOMESTIC_OUTSIDE_CITY");
        body.put("plannedInvestmentCny", "100000000");
        boolean beijing = random.nextInt(3) > 0;
        boolean highTech = random.nextInt(3) > 0;
        body.put("beijing", beijing);
        body.put("highTech", highTech);
        body.put("keyProject", false);
        body.put("unitCode", unit);
        TestApi.Response created = as("admin", "POST", "/api/leads", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        MLead lead = new MLead(created.text("id"), unit);
        lead.beijing = beijing;
        lead.highTech = highTech;
        lead.chain = (String) body.get("industryChain");
        lead.channel = (String) body.get("channel");
        reached(unit, "LEAD");
        leads.put(lead.id, lead);
    }

    /** A lead that came from an ambassador's referral, accepted by the office. */
    private void registerReferredLead() {
        TestApi.Response referral = as(AMBASSADOR, "POST", "/api/referrals", Map.of("companyName",
                "推荐企业" + random.nextInt(1_000_000_000) + "有限公司", "contact", "联系人", "notes", "生成的推荐"));
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        String unit = allUnits().get(random.nextInt(6));
        String chain = CHAINS[random.nextInt(CHAINS.length)];
        boolean beijing = random.nextBoolean();
        boolean highTech = random.nextBoolean();
        Map<String, Object> accept = new HashMap<>(Map.of("unitCode", unit, "projectName", "推荐项目", "industryChain", chain,
                "capitalOrigin", "FOREIGN", "plannedInvestmentCny", "100000000", "beijing", beijing, "highTech", highTech,
                "keyProject", false));
        TestApi.Response accepted = as("office2", "POST", "/api/referrals/" + referral.text("id") + "/accept", accept);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        MLead lead = new MLead(accepted.text("leadId"), unit);
        lead.beijing = beijing;
        lead.highTech = highTech;
        lead.chain = chain;
        lead.channel = "AMBASSADOR_REFERRAL";
        lead.ambassador = AMBASSADOR;
        reached(unit, "LEAD");
        leads.put(lead.id, lead);
    }

    private void reached(String unit, String stage) {
        funnel.computeIfAbsent(unit, u -> new HashMap<>()).merge(stage, 1L, Long::sum);
    }

    private void moveStage(MLead lead) {
        if (lead.stage >= STAGES.length - 1) {
            return;
        }
        LocalDate date = later(lead.lastMove);
        String next = STAGES[lead.stage + 1];
        Map<String, Object> body = new HashMap<>(Map.of("stage", next, "date", date.toString()));
        if (next.equals("SIGNED")) {
            body.put("contractedCny", "80000000");
        }
        ok(as("admin", "POST", "/api/leads/" + lead.id + "/stage", body));
        lead.stage++;
        reached(lead.currentUnit(), next);
        lead.lastMove = date;
        if (lead.stage >= 2 && (lead.firstSigned == null || date.isBefore(lead.firstSigned))) {
            lead.firstSigned = date;
        }
    }

    private void reassign(MLead lead) {
        String current = (String) lead.owners.get(lead.owners.size() - 1)[1];
        String target = allUnits().get(random.nextInt(6));
        if (target.equals(current)) {
            return;
        }
        LocalDate effective = later(lead.lastReassign);
        // half the time, on the very day a tranche of the lead arrived: the boundary of "from its effective date"
        List<LocalDate> arrivals = tranches.values().stream().filter(t -> t.lead() == lead)
                .map(MTranche::arrival).filter(d -> !d.isBefore(lead.lastReassign)).toList();
        if (!arrivals.isEmpty() && random.nextBoolean()) {
            effective = arrivals.get(random.nextInt(arrivals.size()));
        }
        ok(as("admin", "POST", "/api/leads/" + lead.id + "/reassign", Map.of("unitCode", target, "reason", "生成的移交",
                "effectiveDate", effective.toString())));
        lead.owners.add(new Object[]{effective, target});
        lead.lastReassign = effective;
    }

    private void reportTranche(MLead lead) {
        String[][] currencies = {{"CNY", "1"}, {"USD", "6.3" + (1000 + random.nextInt(9000))}, {"EUR", "7.1" + (100 + random.nextInt(900))}};
        String[] currency = currencies[random.nextInt(3)];
        BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(3_000_000), 0)
                .add(BigDecimal.valueOf(random.nextInt(100), 2));
        int o = random.nextInt(100);
        String origin = o < 60 ? "DOMESTIC_OUTSIDE_CITY" : o < 85 ? "FOREIGN" : "WITHIN_CITY";
        LocalDate arrival = FIRST.plusDays(random.nextInt(3 * 365));
        TestApi.Response response = as("admin", "POST", "/api/leads/" + lead.id + "/tranches", Map.of("amount",
                amount.toPlainString(), "currency", currency[0], "rateToCny", currency[1], "origin", origin,
                "arrivalDate", arrival.toString(), "evidence", "生成回单"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        BigDecimal cny = amount.multiply(new BigDecimal(currency[1])).setScale(2, RoundingMode.HALF_UP);
        String id = response.text("trancheId");
        tranches.put(id, new MTranche(id, lead, cny, origin, arrival, "REPORTED"));
    }

    private void decide(String from, String verb, String to) {
        List<MTranche> candidates = tranches.values().stream().filter(t -> t.status().equals(from)).toList();
        if (candidates.isEmpty()) {
            return;
        }
        MTranche t = candidates.get(random.nextInt(candidates.size()));
        Object body = verb.equals("verify") ? "" : Map.of("reason", "生成的决定");
        ok(as("office2", "POST", "/api/leads/" + t.lead().id + "/tranches/" + t.id() + "/" + verb, body));
        tranches.put(t.id(), t.with(to));
    }

    private void changeFlags(MLead lead) {
        boolean beijing = random.nextBoolean();
        boolean highTech = random.nextBoolean();
        TestApi.Response response = api.patch("/api/leads/" + lead.id, "admin", ADMIN_PASSWORD,
                TestApi.json(Map.of("beijing", beijing, "highTech", highTech)));
        ok(response);
        lead.beijing = beijing;
        lead.highTech = highTech;
    }

    private LocalDate later(LocalDate after) {
        LocalDate date = after.plusDays(random.nextInt(200));
        LocalDate last = LocalDate.of(2012, 12, 31);
        return date.isAfter(last) ? last : date;
    }

    private static List<String> allUnits() {
        List<String> units = new ArrayList<>(List.of(PARKS));
        units.addAll(List.of(TOWNS));
        return units;
    }

    private MLead pick(Map<String, MLead> map) {
        List<MLead> all = new ArrayList<>(map.values());
        return all.get(random.nextInt(all.size()));
    }

    private static void ok(TestApi.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    private static void pause() {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
