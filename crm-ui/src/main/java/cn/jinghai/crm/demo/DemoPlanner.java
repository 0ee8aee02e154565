package cn.jinghai.crm.demo;

import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.Stage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Plans the demo's leads before anything is written: per unit how many and how far each gets, the
 * named projects of the report, the Beijing office's hand-overs, exactly {@link
 * DemoDistrict#BEIJING_SIGNINGS} Beijing high-tech signings, and each lead's stage dates in 2022.
 */
final class DemoPlanner {

    /** Stages handed out per unit in this mix: about 58% of leads sign. */
    private static final List<Stage> MIX = List.of(Stage.OPERATING, Stage.CONSTRUCTION, Stage.CONSTRUCTION,
            Stage.REGISTERED, Stage.REGISTERED, Stage.SIGNED, Stage.SIGNED, Stage.NEGOTIATING, Stage.NEGOTIATING,
            Stage.LEAD, Stage.ON_HOLD, Stage.DROPPED);
    static final LocalDate FIRST_DAY = LocalDate.of(DemoDistrict.YEAR, 1, 10);
    static final LocalDate LAST_MOVE = LocalDate.of(DemoDistrict.YEAR, 12, 16);

    private final Random random;
    private final DemoNames names;
    private int leadCount;

    DemoPlanner(Random random, DemoNames names) {
        this.random = random;
        this.names = names;
    }

    LeadId nextLeadId() {
        return new LeadId(UUID.nameUUIDFromBytes(("jinghai-demo-lead-" + leadCount++).getBytes()).toString());
    }

    /** All leads the units register themselves (named projects included); referral leads are added by the storyteller. */
    List<DemoLeadPlan> plan() {
        List<DemoLeadPlan> plans = new ArrayList<>();
        for (DemoNamedProjects named : DemoNamedProjects.ALL) {
            plans.add(named(named));
        }
        for (DemoDistrict.DemoUnit unit : DemoDistrict.UNITS) {
            List<Stage> bag = new ArrayList<>(MIX);
            Collections.shuffle(bag, random);
            for (int i = 0; i < unit.leads(); i++) {
                plans.add(generated(unit, bag.get(i % bag.size())));
            }
        }
        return plans;
    }

    private DemoLeadPlan named(DemoNamedProjects named) {
        DemoLeadPlan plan = new DemoLeadPlan(nextLeadId(), DemoDistrict.unit(named.unit()), named.channel(), named.origin(),
                named.target(), registrationDate(named.target()));
        plan.company = named.company();
        names.reserve(named.company());
        plan.project = named.project();
        plan.chain = named.chain();
        plan.beijing = named.beijing();
        plan.highTech = named.highTech();
        plan.keyProject = true;
        plan.named = true;
        plan.foreignStyle = named.foreignStyle() == null ? "US" : named.foreignStyle();
        plan.handTo = named.handTo();
        schedule(plan);
        plan.creditCode = names.creditCode(plan.origin, plan.beijing);
        return plan;
    }

    private DemoLeadPlan generated(DemoDistrict.DemoUnit unit, Stage target) {
        Channel channel = channel(unit);
        CapitalOrigin origin = origin(unit, channel);
        DemoLeadPlan plan = new DemoLeadPlan(nextLeadId(), unit, channel, origin, target, registrationDate(target));
        plan.chain = names.pick(DemoNames.chainsOf(unit.code()));
        plan.foreignStyle = switch (unit.code()) {
            case "COOP" -> "JP";
            case "SINO_GERMAN" -> "DE";
            default -> random.nextBoolean() ? "US" : "DE";
        };
        plan.beijing = channel == Channel.RELOCATION_LIST || channel == Channel.BEIJING_OFFICE;
        plan.keyProject = random.nextInt(100) < (unit.park() ? 14 : 6);
        if (unit.code().equals(DemoDistrict.BEIJING_OFFICE) && target != Stage.DROPPED
                && (plan.signs() ? random.nextInt(100) < 78 : random.nextInt(100) < 30)) {
            plan.handTo = handOverTarget(plan.chain);
        }
        schedule(plan);
        return plan;
    }

    /** Marks Beijing high-tech leads so that exactly the demo's number sign in 2022, then names every generated lead. */
    void flagAndName(List<DemoLeadPlan> plans, int alreadyCounted) {
        int needed = DemoDistrict.BEIJING_SIGNINGS - alreadyCounted
                - (int) plans.stream().filter(p -> p.named && p.beijing && p.highTech && p.signs()).count();
        List<DemoLeadPlan> candidates = new ArrayList<>();
        plans.stream().filter(p -> !p.named && p.signs() && p.beijing).forEach(candidates::add);
        plans.stream().filter(p -> !p.named && p.signs() && !p.beijing && p.origin == CapitalOrigin.DOMESTIC_OUTSIDE_CITY
                && p.channel != Channel.AMBASSADOR_REFERRAL).forEach(candidates::add);
        for (int i = 0; i < candidates.size(); i++) {
            DemoLeadPlan plan = candidates.get(i);
            plan.highTech = i < needed;
            plan.beijing = plan.beijing || i < needed;
        }
        if (candidates.size() < needed) {
            throw new IllegalStateException("too few candidates for Beijing signings: " + candidates.size());
        }
        for (DemoLeadPlan plan : plans) {
            if (!plan.named && !plan.signs() && plan.beijing) {
                plan.highTech = random.nextBoolean();
            }
            if (plan.company == null) {
                plan.company = names.company(plan.chain, plan.origin, plan.beijing, plan.foreignStyle);
                plan.creditCode = random.nextInt(100) < 85 ? names.creditCode(plan.origin, plan.beijing) : null;
            }
            if (plan.project == null) {
                plan.project = names.project(plan.company, plan.chain);
            }
        }
    }

    /** Stage dates from registration to the target (12-45 days apart), and the hand-over date if any. */
    void schedule(DemoLeadPlan plan) {
        LocalDate date = plan.registered;
        List<Stage> path = new ArrayList<>();
        switch (plan.target) {
            case LEAD -> { }
            case ON_HOLD -> path.addAll(List.of(Stage.NEGOTIATING, Stage.ON_HOLD));
            case DROPPED -> path.addAll(random.nextBoolean() ? List.of(Stage.DROPPED) : List.of(Stage.NEGOTIATING, Stage.DROPPED));
            default -> {
                for (Stage s : List.of(Stage.NEGOTIATING, Stage.SIGNED, Stage.REGISTERED, Stage.CONSTRUCTION, Stage.OPERATING)) {
                    if (s.ordinal() <= plan.target.ordinal()) {
                        path.add(s);
                    }
                }
            }
        }
        // one signing in twenty skips the negotiation stage (with a reason)
        if (path.size() >= 2 && path.get(1) == Stage.SIGNED && random.nextInt(20) == 0 && plan.handTo == null) {
            path.remove(0);
        }
        for (Stage stage : path) {
            date = DemoTimeline.workday(date.plusDays(12 + random.nextInt(34)));
            if (date.isAfter(LAST_MOVE)) {
                date = LAST_MOVE;
            }
            plan.moves.put(stage, date);
        }
        if (plan.handTo != null) {
            LocalDate negotiating = plan.moves.getOrDefault(Stage.NEGOTIATING, plan.registered);
            LocalDate until = plan.signed() != null ? plan.signed() : negotiating.plusDays(40);
            long span = Math.max(1, ChronoUnit.DAYS.between(negotiating, until));
            plan.handOver = DemoTimeline.workday(negotiating.plusDays(Math.min(span - 1, 1 + random.nextInt((int) span))));
            if (plan.signed() != null && !plan.handOver.isBefore(plan.signed())) {
                plan.handOver = negotiating;
            }
            if (plan.handOver.isAfter(LAST_MOVE)) {
                plan.handOver = LAST_MOVE;
            }
        }
    }

    private LocalDate registrationDate(Stage target) {
        int steps = switch (target) {
            case LEAD -> 0;
            case DROPPED, NEGOTIATING -> 1;
            case ON_HOLD, SIGNED -> 2;
            default -> target.ordinal();
        };
        LocalDate latest = LocalDate.of(DemoDistrict.YEAR, 11, 25).minusDays(steps * 46L + (steps >= 2 ? 50 : 0));
        if (latest.isBefore(FIRST_DAY)) {
            latest = FIRST_DAY;
        }
        long span = ChronoUnit.DAYS.between(FIRST_DAY, latest);
        return DemoTimeline.workday(FIRST_DAY.plusDays(span <= 0 ? 0 : random.nextInt((int) span + 1)));
    }

    private Channel channel(DemoDistrict.DemoUnit unit) {
        int r = random.nextInt(100);
        if (unit.code().equals(DemoDistrict.BEIJING_OFFICE)) {
            return r < 70 ? Channel.BEIJING_OFFICE : Channel.RELOCATION_LIST;
        }
        if (unit.park()) {
            return r < 30 ? Channel.RELOCATION_LIST : r < 42 ? Channel.PLATFORM : r < 52 ? Channel.FUND
                    : r < 70 ? Channel.BUSINESS_REFERRAL : r < 75 ? Channel.ENCLAVE : Channel.OWN;
        }
        return r < 15 ? Channel.RELOCATION_LIST : r < 25 ? Channel.PLATFORM : r < 30 ? Channel.FUND
                : r < 55 ? Channel.BUSINESS_REFERRAL : r < 60 ? Channel.ENCLAVE : Channel.OWN;
    }

    private CapitalOrigin origin(DemoDistrict.DemoUnit unit, Channel channel) {
        if (channel == Channel.RELOCATION_LIST || channel == Channel.BEIJING_OFFICE) {
            return CapitalOrigin.DOMESTIC_OUTSIDE_CITY;
        }
        int r = random.nextInt(100);
        int foreign = switch (unit.code()) {
            case "COOP", "SINO_GERMAN" -> 40;
            case "ZIYA" -> 10;
            default -> 4;
        };
        return r < foreign ? CapitalOrigin.FOREIGN : r < foreign + 12 ? CapitalOrigin.WITHIN_CITY
                : CapitalOrigin.DOMESTIC_OUTSIDE_CITY;
    }

    private String handOverTarget(String chain) {
        return switch (chain) {
            case "HEALTH" -> random.nextInt(4) == 0 ? "TUANBO" : "COOP";
            case "HIGH_END_EQUIPMENT" -> names.pick(List.of("ZIYA", "SINO_GERMAN", "JINGHAI_TOWN"));
            case "NEW_ENERGY", "NEV" -> names.pick(List.of("ZIYA", "ZIYA", "TUANBO"));
            default -> names.pick(List.of("DQZ_INDUSTRIAL", "MODERN_CONSTRUCTION"));
        };
    }
}
