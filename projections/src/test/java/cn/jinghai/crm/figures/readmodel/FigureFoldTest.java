package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The figure rules of DOMAIN.md on small hand-made ledgers, each checked against numbers worked out by hand. */
class FigureFoldTest {

    private final List<Document> records = new ArrayList<>();
    private long index;

    private FigureFoldTest add(String type, Object... keyValues) {
        Document d = new Document("_id", ++index).append("at", index).append("type", type);
        for (int i = 0; i < keyValues.length; i += 2) {
            d.append((String) keyValues[i], keyValues[i + 1]);
        }
        records.add(d);
        return this;
    }

    private FigureFoldTest unit(String code, String kind) {
        return add("UNIT", "unit", code, "kind", kind);
    }

    private FigureFoldTest lead(String id, String unit) {
        return add("LEAD", "lead", id, "unit", unit, "beijing", false, "highTech", false);
    }

    private FigureFoldTest verifiedTranche(String id, String lead, String amount, String origin, String arrival) {
        add("TRANCHE", "lead", lead, "tranche", id, "amountCny", amount, "origin", origin, "arrival", arrival);
        return add("VERIFIED", "tranche", id);
    }

    private FigureFold fold() {
        return FigureFold.of(records);
    }

    @Test
    void progressCountsOnlyVerifiedUnreversedExternalTranchesArrivingInTheYear() {
        unit("ZIYA", "PARK").unit("TOWN_A", "TOWNSHIP")
                .add("TARGETS", "year", 2022, "external", "15000000000", "sixParks", "13000000000", "beijingProjects", 100)
                .lead("L1", "ZIYA").lead("L2", "TOWN_A")
                .verifiedTranche("T1", "L1", "1000.10", "FOREIGN", "2022-03-01")
                .verifiedTranche("T2", "L1", "200", "DOMESTIC_OUTSIDE_CITY", "2022-12-31")
                .verifiedTranche("T3", "L2", "50", "DOMESTIC_OUTSIDE_CITY", "2022-06-01")
                .verifiedTranche("T4", "L1", "7", "WITHIN_CITY", "2022-06-01")
                .verifiedTranche("T5", "L1", "9", "FOREIGN", "2023-01-01")
                .verifiedTranche("T6", "L1", "11", "FOREIGN", "2022-05-01")
                .add("REVERSED", "tranche", "T6")
                .add("TRANCHE", "lead", "L1", "tranche", "T7", "amountCny", "13", "origin", "FOREIGN", "arrival", "2022-05-01");

        ProgressView progress = fold().progress(2022);
        assertThat(progress.externalCapital().targetCny()).isEqualTo(CnyAmount.parse("15000000000"));
        assertThat(progress.externalCapital().verifiedCny()).isEqualTo(CnyAmount.parse("1250.10"));
        assertThat(progress.sixParks().verifiedCny()).isEqualTo(CnyAmount.parse("1200.10"));
        assertThat(progress.beijingProjects().target()).isEqualTo(100);
    }

    @Test
    void aTrancheIsCreditedToTheOwnerOnItsArrivalDate_effectiveDatesInclusive() {
        unit("ZIYA", "PARK").unit("COOP", "PARK")
                .lead("L1", "ZIYA")
                .verifiedTranche("T1", "L1", "100", "FOREIGN", "2022-05-31")
                .verifiedTranche("T2", "L1", "10", "FOREIGN", "2022-06-01")
                .add("REASSIGNED", "lead", "L1", "unit", "COOP", "effective", "2022-06-01")
                .add("QUOTA", "year", 2022, "unit", "ZIYA", "quota", "1000")
                .add("QUOTA", "year", 2022, "unit", "COOP", "quota", "1000");
        List<RankingRow> ranking = fold().ranking(2022);
        assertThat(ranking).extracting(RankingRow::unitCode, r -> r.creditedCny().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZIYA", "100"), org.assertj.core.groups.Tuple.tuple("COOP", "10"));
    }

    @Test
    void rankingByExactRate_thenAmount_sharedRanksSkipTheNext_rewardsForTheFirstSixCompleted() {
        String[] units = {"U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"};
        for (String u : units) {
            unit(u, "TOWNSHIP").lead("L" + u, u);
        }
        // quota, credited: U1 1.5 (300/200); U2 and U3 1.0 with 400 each (tie); U4 1.0 with 100;
        // U5 1/3 vs U6 2/3 (display rounding); U7 and U8 completed but ranked 7 and 8; U9 nothing
        Object[][] plan = {{"U1", "200", "300"}, {"U2", "400", "400"}, {"U3", "400", "400"}, {"U4", "100", "100"},
                {"U5", "3", "1"}, {"U6", "3", "2"}, {"U9", "100", null}};
        for (Object[] p : plan) {
            add("QUOTA", "year", 2022, "unit", p[0], "quota", p[1]);
            if (p[2] != null) {
                verifiedTranche("T" + p[0], "L" + p[0], (String) p[2], "FOREIGN", "2022-07-01");
            }
        }
        List<RankingRow> ranking = fold().ranking(2022);
        assertThat(ranking).extracting(RankingRow::unitCode)
                .containsExactly("U1", "U2", "U3", "U4", "U6", "U5", "U9");
        assertThat(ranking).extracting(RankingRow::rank).containsExactly(1, 2, 2, 4, 5, 6, 7);
        assertThat(ranking).extracting(RankingRow::completionRate)
                .containsExactly("1.5000", "1.0000", "1.0000", "1.0000", "0.6667", "0.3333", "0.0000");
        assertThat(ranking).extracting(RankingRow::completed).containsExactly(true, true, true, true, false, false, false);
        assertThat(ranking).extracting(r -> r.rewardCny().toString())
                .containsExactly("6000000", "5000000", "5000000", "3000000", "0", "0", "0");
    }

    @Test
    void onlyTheFirstSixRanksAmongCompletedUnitsAreRewarded() {
        for (int i = 1; i <= 7; i++) {
            String u = "U" + i;
            unit(u, "PARK").lead("L" + u, u).add("QUOTA", "year", 2022, "unit", u, "quota", "100");
            verifiedTranche("T" + u, "L" + u, Integer.toString(200 - i), "FOREIGN", "2022-07-01");
        }
        assertThat(fold().ranking(2022)).extracting(r -> r.rewardCny().toString())
                .containsExactly("6000000", "5000000", "4000000", "3000000", "2000000", "1000000", "0");
    }

    @Test
    void beijingHighTechProjectsCountOnceByTheirFirstSigningDate() {
        add("LEAD", "lead", "B1", "unit", "ZIYA", "beijing", true, "highTech", true)
                .add("SIGNED", "lead", "B1", "date", "2022-03-01")
                .add("SIGNED", "lead", "B1", "date", "2023-02-01");
        add("LEAD", "lead", "B2", "unit", "ZIYA", "beijing", true, "highTech", false)
                .add("SIGNED", "lead", "B2", "date", "2022-04-01");
        add("LEAD", "lead", "B3", "unit", "ZIYA", "beijing", false, "highTech", false)
                .add("FLAGS", "lead", "B3", "beijing", true, "highTech", true)
                .add("SIGNED", "lead", "B3", "date", "2022-12-31");
        add("LEAD", "lead", "B4", "unit", "ZIYA", "beijing", true, "highTech", true)
                .add("SIGNED", "lead", "B4", "date", "2021-12-31")
                .add("SIGNED", "lead", "B4", "date", "2022-01-05");
        assertThat(fold().progress(2022).beijingProjects().count()).isEqualTo(2);
        assertThat(fold().progress(2023).beijingProjects().count()).isZero();
        assertThat(fold().progress(2021).beijingProjects().count()).isEqualTo(1);
    }

    @Test
    void aYearWithoutTargetsOrQuotasShowsZerosAndAnEmptyRanking() {
        ProgressView progress = fold().progress(2030);
        assertThat(progress.externalCapital().targetCny()).isEqualTo(CnyAmount.ZERO);
        assertThat(progress.externalCapital().verifiedCny()).isEqualTo(CnyAmount.ZERO);
        assertThat(fold().ranking(2030)).isEmpty();
    }

    @Test
    void anAmbassadorsProposedRewardIsTheShareOfExternalVerifiedFunds_roundedToTheFen_andCapped() {
        add("LEAD", "lead", "R1", "unit", "ZIYA", "beijing", false, "highTech", false, "referredBy", "amb-a");
        add("LEAD", "lead", "R2", "unit", "ZIYA", "beijing", false, "highTech", false, "referredBy", "amb-b");
        verifiedTranche("T1", "R1", "123456.78", "FOREIGN", "2022-02-01");
        verifiedTranche("T2", "R1", "1000", "WITHIN_CITY", "2022-02-01");
        verifiedTranche("T3", "R2", "5000000000", "FOREIGN", "2022-02-01");
        add("REWARD", "ambassador", "amb-a", "year", 2022, "amountCny", "300");
        add("REWARD", "ambassador", "amb-a", "year", 2022, "amountCny", "17.5");
        CnyAmount cap = CnyAmount.parse("5000000");
        StandingView a = fold().standing("amb-a", 2022, new java.math.BigDecimal("0.005"), cap);
        assertThat(a.verifiedCny()).isEqualTo(CnyAmount.parse("123456.78"));
        assertThat(a.proposedRewardCny()).isEqualTo(CnyAmount.parse("617.28"));
        assertThat(a.approvedRewardCny()).isEqualTo(CnyAmount.parse("317.50"));
        assertThat(fold().standing("amb-b", 2022, new java.math.BigDecimal("0.005"), cap).proposedRewardCny()).isEqualTo(cap);
        assertThat(fold().standing("amb-a", 2023, new java.math.BigDecimal("0.005"), cap).verifiedCny()).isEqualTo(CnyAmount.ZERO);
    }

    @Test
    void rankingShowsStaffing_andFlagsUnitsBelowOneThirdDedicated() {
        add("UNIT", "unit", "A", "kind", "PARK", "staff", 30, "dedicatedStaff", 10);
        add("UNIT", "unit", "B", "kind", "PARK", "staff", 31, "dedicatedStaff", 10);
        add("UNIT", "unit", "C", "kind", "TOWNSHIP", "staff", 0, "dedicatedStaff", 0);
        for (String u : new String[]{"A", "B", "C"}) {
            add("QUOTA", "year", 2022, "unit", u, "quota", "100");
        }
        List<RankingRow> ranking = fold().ranking(2022);
        assertThat(ranking).extracting(RankingRow::unitCode, RankingRow::staff, RankingRow::dedicatedStaff, RankingRow::staffingMet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 30, 10, true),
                        org.assertj.core.groups.Tuple.tuple("B", 31, 10, false),
                        org.assertj.core.groups.Tuple.tuple("C", 0, 0, false));
    }
}
