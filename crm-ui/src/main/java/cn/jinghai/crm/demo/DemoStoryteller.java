package cn.jinghai.crm.demo;

import cn.jinghai.crm.ambassador.api.RecordRewardApprovalCommand;
import cn.jinghai.crm.ambassador.api.RewardRules;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.target.api.SetUnitQuotaCommand;
import cn.jinghai.crm.target.api.SetYearTargetsCommand;
import cn.jinghai.crm.unit.api.DefineUnitCommand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Tells the demo year as a timeline: the foundation (the admin, reference data and the demo users),
 * the office completing the units, the 2022 targets and quotas (one raised in July), every lead's
 * story, the ambassadors' referrals and reward approvals, corrections recorded after month ends, and
 * a few follow-ups in the weeks before loading so the stalled-project list shows some key projects,
 * not all. One seeded {@link Random} drives everything: the same seed tells the same year.
 */
final class DemoStoryteller {

    static final long SEED = 20220101L;
    private static final Actor OFFICE = DemoLeadStories.OFFICE;

    private final Random random = new Random(SEED);
    private final DemoNames names = new DemoNames(random);
    private final DemoPlanner planner = new DemoPlanner(random, names);
    private final DemoFunding funding = new DemoFunding(random);
    private final DemoTimeline timeline = new DemoTimeline();
    private final DemoLeadStories stories = new DemoLeadStories(random, names, funding, timeline);
    private final DemoReferrals referrals = new DemoReferrals(random, names, planner);
    private List<DemoLeadPlan> plans = List.of();

    /**
     * The whole demo; {@code foundation} runs first (at 08:30 on 4 January 2022), {@code today} is the
     * real date of loading (for the recent follow-ups).
     */
    DemoTimeline tell(Runnable foundation, LocalDate today) {
        timeline.add(DemoTimeline.at(LocalDate.of(DemoDistrict.YEAR, 1, 4), LocalTime.of(8, 30)), OFFICE, foundation);
        units();
        targetsAndQuotas();
        List<DemoLeadPlan> all = new ArrayList<>(planner.plan());
        all.addAll(referrals.plan());
        all.addAll(corrections());
        planner.flagAndName(all, 0);
        funding.scheduleTranches(all);
        funding.allocate(all);
        Map<DemoLeadPlan, DemoTimeline.Cursor> cursors = new LinkedHashMap<>();
        for (DemoLeadPlan plan : all) {
            cursors.put(plan, stories.write(plan));
        }
        DemoLeadPlan greenMine = all.stream().filter(p -> p.company.startsWith("格林美")).findFirst().orElseThrow();
        referrals.write(timeline, all, greenMine);
        rewards(all);
        recentFollowUps(cursors, today);
        plans = List.copyOf(all);
        return timeline;
    }

    List<DemoLeadPlan> plans() {
        return plans;
    }

    private void units() {
        var at = DemoTimeline.at(LocalDate.of(DemoDistrict.YEAR, 1, 5), LocalTime.of(9, 40));
        for (DemoDistrict.DemoUnit unit : DemoDistrict.UNITS) {
            timeline.add(at, OFFICE, new DefineUnitCommand(unit.code(), unit.name(), unit.kind(), unit.staff(), unit.dedicated()));
        }
    }

    private void targetsAndQuotas() {
        int year = DemoDistrict.YEAR;
        timeline.add(DemoTimeline.at(LocalDate.of(year, 1, 12), LocalTime.of(10, 15)), OFFICE, new SetYearTargetsCommand(year,
                DemoDistrict.EXTERNAL_TARGET, DemoDistrict.SIX_PARKS_TARGET, DemoDistrict.BEIJING_TARGET));
        var quotas = DemoTimeline.at(LocalDate.of(year, 1, 14), LocalTime.of(15, 0));
        for (DemoDistrict.DemoUnit unit : DemoDistrict.UNITS) {
            if (unit.quotaWan() > 0) {
                long wan = unit.code().equals("SINO_GERMAN") ? DemoDistrict.SINO_GERMAN_FIRST_QUOTA_WAN : unit.quotaWan();
                timeline.add(quotas, OFFICE, new SetUnitQuotaCommand(year, unit.code(), wan(wan)));
            }
        }
        // mid-year: the German-invested projects run ahead, so the office raises 中德大邱庄生态城's task
        timeline.add(DemoTimeline.at(LocalDate.of(year, 7, 15), LocalTime.of(11, 20)), OFFICE,
                new SetUnitQuotaCommand(year, "SINO_GERMAN", wan(DemoDistrict.unit("SINO_GERMAN").quotaWan())));
    }

    /**
     * Two leads whose records are corrected after a month end: a February arrival verified in March and
     * a March verification reversed on 8 April (大邱庄工业区); a Beijing office project whose hand-over
     * to 子牙 (effective 1 April) is recorded only on 10 May, after an April tranche was verified.
     */
    private List<DemoLeadPlan> corrections() {
        int y = DemoDistrict.YEAR;
        DemoLeadPlan steel = new DemoLeadPlan(planner.nextLeadId(), DemoDistrict.unit("DQZ_INDUSTRIAL"), Channel.OWN,
                CapitalOrigin.DOMESTIC_OUTSIDE_CITY, Stage.REGISTERED, LocalDate.of(y, 1, 17));
        steel.chain = "METAL_PRODUCTS";
        steel.company = "河北华冶精密焊管有限公司";
        steel.project = "华冶精密焊管扩产项目";
        steel.creditCode = names.creditCode(steel.origin, false);
        steel.keyProject = true;
        steel.named = true;
        steel.scripted = true;
        names.reserve(steel.company);
        steel.moves.put(Stage.NEGOTIATING, LocalDate.of(y, 1, 26));
        steel.moves.put(Stage.SIGNED, LocalDate.of(y, 2, 15));
        steel.moves.put(Stage.REGISTERED, LocalDate.of(y, 5, 20));
        funding.scripted(steel, LocalDate.of(y, 2, 24), LocalDate.of(y, 2, 28), LocalDate.of(y, 3, 9), null,
                DemoLeadPlan.Fate.COUNTS);
        funding.scripted(steel, LocalDate.of(y, 3, 10), LocalDate.of(y, 3, 14), LocalDate.of(y, 3, 22),
                LocalDate.of(y, 4, 8), DemoLeadPlan.Fate.REVERSED);
        // reported just before the year closes: still waiting in the office's verification queue
        funding.scripted(steel, LocalDate.of(y, 12, 21), LocalDate.of(y, 12, 23), null, null, DemoLeadPlan.Fate.PENDING);

        DemoLeadPlan relocated = new DemoLeadPlan(planner.nextLeadId(), DemoDistrict.unit(DemoDistrict.BEIJING_OFFICE),
                Channel.BEIJING_OFFICE, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, Stage.REGISTERED, LocalDate.of(y, 1, 18));
        relocated.chain = "NEV";
        relocated.company = "北京京能智驱电动科技有限公司";
        relocated.project = "京能智驱电驱动系统生产基地项目";
        relocated.creditCode = names.creditCode(relocated.origin, true);
        relocated.beijing = true;
        relocated.highTech = true;
        relocated.keyProject = true;
        relocated.named = true;
        relocated.scripted = true;
        names.reserve(relocated.company);
        relocated.handTo = "ZIYA";
        relocated.handOver = LocalDate.of(y, 4, 1);
        relocated.handOverRecorded = LocalDate.of(y, 5, 10);
        relocated.moves.put(Stage.NEGOTIATING, LocalDate.of(y, 2, 10));
        relocated.moves.put(Stage.SIGNED, LocalDate.of(y, 3, 18));
        relocated.moves.put(Stage.REGISTERED, LocalDate.of(y, 6, 8));
        funding.scripted(relocated, LocalDate.of(y, 4, 15), LocalDate.of(y, 4, 18), LocalDate.of(y, 4, 25), null,
                DemoLeadPlan.Fate.COUNTS);
        funding.scripted(relocated, LocalDate.of(y, 7, 12), LocalDate.of(y, 7, 14), LocalDate.of(y, 7, 22), null,
                DemoLeadPlan.Fate.COUNTS);
        funding.scripted(relocated, LocalDate.of(y, 12, 26), LocalDate.of(y, 12, 28), null, null, DemoLeadPlan.Fate.PENDING);
        return List.of(steel, relocated);
    }

    /** Leadership approves a reward for the two ambassadors whose referrals brought the most money in. */
    private void rewards(List<DemoLeadPlan> all) {
        Map<String, BigDecimal> verified = new LinkedHashMap<>();
        for (DemoLeadPlan plan : all) {
            if (plan.ambassador != null) {
                verified.merge(plan.ambassador, plan.countedCny(), BigDecimal::add);
            }
        }
        int document = 17;
        for (String ambassador : List.of(DemoUsers.AMBASSADOR, "amb_sun")) {
            BigDecimal proposed = verified.getOrDefault(ambassador, BigDecimal.ZERO).multiply(new BigDecimal("0.005"))
                    .min(RewardRules.CAP_PER_YEAR.value());
            BigDecimal approved = proposed.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(10_000));
            if (approved.signum() > 0) {
                timeline.add(DemoTimeline.at(LocalDate.of(DemoDistrict.YEAR, 12, 27), LocalTime.of(14, document)), OFFICE,
                        new RecordRewardApprovalCommand(ambassador,
                                UUID.nameUUIDFromBytes(("jinghai-demo-reward-" + ambassador).getBytes()).toString(),
                                DemoDistrict.YEAR, new CnyAmount(approved), "区长 王建明",
                                "静招商奖〔" + DemoDistrict.YEAR + "〕" + document++ + "号"));
            }
        }
    }

    /** Follow-ups in the three weeks before loading on about half the open key projects; some next steps already due. */
    private void recentFollowUps(Map<DemoLeadPlan, DemoTimeline.Cursor> cursors, LocalDate today) {
        cursors.forEach((plan, cursor) -> {
            boolean open = plan.keyProject && !plan.moves.containsKey(Stage.DROPPED);
            if (open && random.nextInt(100) < 55) {
                LocalDate date = DemoTimeline.workday(today.minusDays(5 + random.nextInt(18)));
                Actor owner = DemoLeadStories.parkTeam(plan.finalOwner());
                Stage reached = plan.moves.isEmpty() ? Stage.LEAD : new ArrayList<>(plan.moves.keySet()).get(plan.moves.size() - 1);
                stories.activity(plan, DemoTimeline.officeHours(date, random), owner, date, reached, true);
            }
        });
    }

    private static CnyAmount wan(long wan) {
        return new CnyAmount(BigDecimal.valueOf(wan * 10_000L));
    }
}
