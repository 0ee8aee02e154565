package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.referral.api.DeclineReferralCommand;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The ambassadors' year: referrals accepted into leads (channel 大使推荐, planned like any lead),
 * declined with a reason, duplicates (a company that already has a lead, or that another ambassador
 * referred first) and a few still waiting in the office's inbox at the end of the year.
 */
final class DemoReferrals {

    private enum Fate { ACCEPT, DECLINE, DUPLICATE_OF_LEAD, DUPLICATE_OF_REFERRAL, PENDING }

    /** A referral as planned; {@code plan} is its lead when accepted. */
    private record Planned(String id, String ambassador, Fate fate, LocalDate submitted, DemoLeadPlan plan) {
    }

    private static final List<String> DECLINE_REASONS = List.of("企业无实际投资意向，仅有贸易需求",
            "项目属于“两高”项目，不符合我区产业政策", "企业已在外省落地同类项目，暂无扩产计划");

    private final Random random;
    private final DemoNames names;
    private final DemoPlanner planner;
    private final List<Planned> referrals = new ArrayList<>();
    private int count;

    DemoReferrals(Random random, DemoNames names, DemoPlanner planner) {
        this.random = random;
        this.names = names;
        this.planner = planner;
    }

    /** Plans every ambassador's referrals; answers the leads the accepted ones become. */
    List<DemoLeadPlan> plan() {
        List<DemoLeadPlan> leads = new ArrayList<>();
        Object[][] script = {
                {DemoUsers.AMBASSADOR, Fate.ACCEPT, Stage.CONSTRUCTION, "ZIYA"},
                {DemoUsers.AMBASSADOR, Fate.ACCEPT, Stage.REGISTERED, "COOP"},
                {DemoUsers.AMBASSADOR, Fate.ACCEPT, Stage.NEGOTIATING, "TUANBO"},
                {DemoUsers.AMBASSADOR, Fate.DECLINE, null, null},
                {DemoUsers.AMBASSADOR, Fate.DUPLICATE_OF_LEAD, null, null},
                {DemoUsers.AMBASSADOR, Fate.PENDING, null, null},
                {"amb_liu", Fate.ACCEPT, Stage.SIGNED, "DQZ_INDUSTRIAL"},
                {"amb_liu", Fate.ACCEPT, Stage.LEAD, "JINGHAI_TOWN"},
                {"amb_liu", Fate.DECLINE, null, null},
                {"amb_liu", Fate.DUPLICATE_OF_REFERRAL, null, null},
                {"amb_sun", Fate.ACCEPT, Stage.OPERATING, "LOGISTICS"},
                {"amb_sun", Fate.ACCEPT, Stage.CONSTRUCTION, "DAQIUZHUANG"},
                {"amb_sun", Fate.DECLINE, null, null},
                {"amb_he", Fate.ACCEPT, Stage.REGISTERED, "SINO_GERMAN"},
                {"amb_he", Fate.PENDING, null, null},
                {"amb_qian", Fate.ACCEPT, Stage.DROPPED, "WANGKOU"},
                {"amb_qian", Fate.DECLINE, null, null}};
        for (Object[] row : script) {
            String ambassador = (String) row[0];
            Fate fate = (Fate) row[1];
            LocalDate submitted = DemoTimeline.workday(fate == Fate.PENDING ? LocalDate.of(DemoDistrict.YEAR, 12, 12 + random.nextInt(10))
                    : fate == Fate.DUPLICATE_OF_REFERRAL ? LocalDate.of(DemoDistrict.YEAR, 8, 1 + random.nextInt(20))
                    : fate == Fate.DUPLICATE_OF_LEAD ? LocalDate.of(DemoDistrict.YEAR, 6, 1 + random.nextInt(20))
                    : LocalDate.of(DemoDistrict.YEAR, 2, 14).plusDays(random.nextInt(100)));
            String id = UUID.nameUUIDFromBytes(("jinghai-demo-referral-" + count++).getBytes()).toString();
            DemoLeadPlan plan = null;
            if (fate == Fate.ACCEPT) {
                Stage target = (Stage) row[2];
                DemoDistrict.DemoUnit unit = DemoDistrict.unit((String) row[3]);
                LocalDate accepted = DemoTimeline.workday(submitted.plusDays(3 + random.nextInt(8)));
                plan = new DemoLeadPlan(planner.nextLeadId(), unit, Channel.AMBASSADOR_REFERRAL,
                        CapitalOrigin.DOMESTIC_OUTSIDE_CITY, target, accepted);
                plan.chain = names.pick(DemoNames.chainsOf(unit.code()));
                plan.keyProject = random.nextInt(3) == 0;
                plan.referralId = id;
                plan.ambassador = ambassador;
                planner.schedule(plan);
                leads.add(plan);
            }
            referrals.add(new Planned(id, ambassador, fate, submitted, plan));
        }
        return leads;
    }

    /** Writes the submissions and the office's declines; acceptances are written with their leads. */
    void write(DemoTimeline timeline, List<DemoLeadPlan> leads, DemoLeadPlan duplicateOf) {
        String firstAccepted = null;
        for (Planned referral : referrals) {
            Actor ambassador = new Actor(referral.ambassador(), Role.AMBASSADOR, null);
            String company;
            String code = null;
            switch (referral.fate()) {
                case ACCEPT -> {
                    company = referral.plan().company;
                    code = referral.plan().creditCode;
                    firstAccepted = firstAccepted == null ? company : firstAccepted;
                }
                case DUPLICATE_OF_LEAD -> company = duplicateOf.company;
                case DUPLICATE_OF_REFERRAL -> company = firstAccepted;
                default -> company = names.company(names.pick(List.of("HEALTH", "NEW_ENERGY", "HIGH_END_EQUIPMENT")),
                        CapitalOrigin.DOMESTIC_OUTSIDE_CITY, random.nextBoolean(), "US");
            }
            BigDecimal expected = BigDecimal.valueOf((2 + random.nextInt(40)) * 5_000_000L);
            timeline.add(DemoTimeline.officeHours(referral.submitted(), random), ambassador, new SubmitReferralCommand(
                    new cn.jinghai.crm.referral.api.ReferralId(referral.id()), company,
                    code == null ? null : CreditCode.of(code), names.person() + " " + names.phone(),
                    "该企业负责人系本人多年商业伙伴，近期有在京津冀扩大产能的计划，看好静海区位和园区配套",
                    new CnyAmount(expected)));
            if (referral.fate() == Fate.DECLINE) {
                timeline.add(DemoTimeline.officeHours(referral.submitted().plusDays(5 + random.nextInt(10)), random),
                        DemoLeadStories.OFFICE, new DeclineReferralCommand(
                                new cn.jinghai.crm.referral.api.ReferralId(referral.id()), names.pick(DECLINE_REASONS)));
            }
        }
    }
}
