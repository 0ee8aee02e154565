package cn.jinghai.crm.demo;

import cn.jinghai.crm.lead.api.CapitalOrigin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The money of the demo year: which tranches arrive when and what becomes of them, and amounts
 * allocated so that each unit's verified 市外内资 and 外资 funds reach the share of its quota planned
 * in {@link DemoDistrict} (the Beijing office gets {@link DemoDistrict#BEIJING_OFFICE_CREDITED}).
 * Planned investment and contracted amounts are then set above the money that actually arrives.
 */
final class DemoFunding {

    private static final LocalDate LAST_ARRIVAL = LocalDate.of(DemoDistrict.YEAR, 12, 28);
    private static final LocalDate LAST_DECISION = LocalDate.of(DemoDistrict.YEAR, 12, 30);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private final Random random;
    private int trancheCount;

    DemoFunding(Random random) {
        this.random = random;
    }

    /** Tranche dates and fates for every lead that signs. */
    void scheduleTranches(List<DemoLeadPlan> plans) {
        for (DemoLeadPlan plan : plans) {
            if (!plan.signs() || plan.scripted) {
                continue;
            }
            int count = switch (plan.target) {
                case SIGNED -> 1;
                case REGISTERED -> 1 + random.nextInt(2);
                case CONSTRUCTION -> 2 + random.nextInt(2);
                default -> 2 + random.nextInt(3);
            };
            LocalDate arrival = plan.signed().plusDays(10 + random.nextInt(40));
            for (int i = 0; i < count && !arrival.isAfter(LAST_ARRIVAL); i++) {
                add(plan, DemoTimeline.workday(arrival), plan.origin == CapitalOrigin.WITHIN_CITY
                        ? DemoLeadPlan.Fate.WITHIN_CITY : DemoLeadPlan.Fate.COUNTS);
                int r = random.nextInt(100);
                if (r < 5) {
                    add(plan, DemoTimeline.workday(arrival.plusDays(random.nextInt(5))), DemoLeadPlan.Fate.REJECTED);
                } else if (r < 8) {
                    add(plan, DemoTimeline.workday(arrival.plusDays(random.nextInt(5))), DemoLeadPlan.Fate.REVERSED);
                }
                arrival = arrival.plusDays(20 + random.nextInt(50));
            }
        }
    }

    /** A tranche with its dates given (the corrections story). */
    DemoLeadPlan.Tranche scripted(DemoLeadPlan plan, LocalDate arrival, LocalDate reported, LocalDate decided,
                                  LocalDate reversed, DemoLeadPlan.Fate fate) {
        DemoLeadPlan.Tranche t = new DemoLeadPlan.Tranche(
                UUID.nameUUIDFromBytes(("jinghai-demo-tranche-" + trancheCount++).getBytes()).toString(), arrival, fate);
        t.origin = plan.origin;
        t.reported = reported;
        t.decided = decided;
        t.reversed = reversed;
        t.creditedUnit = plan.ownerOn(arrival);
        plan.tranches.add(t);
        return t;
    }

    private void add(DemoLeadPlan plan, LocalDate arrival, DemoLeadPlan.Fate fate) {
        if (arrival.isAfter(LAST_ARRIVAL)) {
            return;
        }
        DemoLeadPlan.Tranche t = new DemoLeadPlan.Tranche(
                UUID.nameUUIDFromBytes(("jinghai-demo-tranche-" + trancheCount++).getBytes()).toString(), arrival, fate);
        t.origin = plan.origin;
        t.reported = DemoTimeline.workday(arrival.plusDays(1 + random.nextInt(6)));
        t.decided = DemoTimeline.workday(t.reported.plusDays(3 + random.nextInt(13)));
        if (t.decided.isAfter(LAST_DECISION)) {
            t.fate = DemoLeadPlan.Fate.PENDING;
            t.decided = null;
        } else if (fate == DemoLeadPlan.Fate.REVERSED) {
            LocalDate reversal = DemoTimeline.workday(t.decided.plusDays(20 + random.nextInt(40)));
            t.reversed = reversal.isAfter(LAST_DECISION) ? LAST_DECISION : reversal;
        }
        t.creditedUnit = plan.ownerOn(arrival);
        if (plan.origin == CapitalOrigin.FOREIGN) {
            t.currency = DemoRates.currency(plan.foreignStyle);
            t.rate = DemoRates.rate(t.currency, arrival);
        }
        plan.tranches.add(t);
    }

    /** Amounts: counting tranches share their unit's planned credited sum; the others get plausible sizes. */
    void allocate(List<DemoLeadPlan> plans) {
        Map<String, List<DemoLeadPlan.Tranche>> byUnit = new LinkedHashMap<>();
        Map<DemoLeadPlan.Tranche, Double> weights = new LinkedHashMap<>();
        for (DemoLeadPlan plan : plans) {
            double leadWeight = (plan.keyProject ? 3.0 : 1.0) * (0.4 + random.nextDouble() * 1.6);
            for (DemoLeadPlan.Tranche t : plan.tranches) {
                if (t.fate == DemoLeadPlan.Fate.COUNTS) {
                    byUnit.computeIfAbsent(t.creditedUnit, u -> new ArrayList<>()).add(t);
                    weights.put(t, leadWeight * (0.6 + random.nextDouble() * 0.8));
                }
            }
        }
        Map<String, BigDecimal> average = new LinkedHashMap<>();
        byUnit.forEach((unit, tranches) -> {
            BigDecimal target = unit.equals(DemoDistrict.BEIJING_OFFICE) ? DemoDistrict.BEIJING_OFFICE_CREDITED
                    : DemoDistrict.unit(unit).creditedYuan();
            double total = tranches.stream().mapToDouble(weights::get).sum();
            for (DemoLeadPlan.Tranche t : tranches) {
                setCny(t, target.multiply(BigDecimal.valueOf(weights.get(t) / total)));
            }
            average.put(unit, target.divide(BigDecimal.valueOf(tranches.size()), 0, RoundingMode.HALF_UP));
        });
        for (DemoLeadPlan plan : plans) {
            for (DemoLeadPlan.Tranche t : plan.tranches) {
                if (t.fate != DemoLeadPlan.Fate.COUNTS) {
                    BigDecimal typical = average.getOrDefault(t.creditedUnit, BigDecimal.valueOf(30_000_000));
                    setCny(t, typical.multiply(BigDecimal.valueOf(0.15 + random.nextDouble() * 0.6)));
                }
            }
            BigDecimal arrived = plan.tranches.stream().filter(t -> t.fate != DemoLeadPlan.Fate.REJECTED)
                    .map(t -> t.cny).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal base = BigDecimal.valueOf((plan.unit.park() || plan.handTo != null ? 8_000 : 2_000)
                    * (1 + random.nextInt(plan.keyProject ? 30 : 12)) * 10_000L);
            BigDecimal planned = arrived.multiply(BigDecimal.valueOf(1.3 + random.nextDouble() * 0.9)).max(base);
            plan.plannedCny = planned.divide(WAN, 0, RoundingMode.HALF_UP).multiply(WAN);
        }
    }

    /** Sets a tranche's amount near {@code cny}: whole 万元 in CNY, whole thousands of a foreign currency. */
    private static void setCny(DemoLeadPlan.Tranche t, BigDecimal cny) {
        if ("CNY".equals(t.currency)) {
            t.amount = cny.divide(WAN, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE).multiply(WAN);
            t.cny = t.amount.setScale(2, RoundingMode.UNNECESSARY);
        } else {
            BigDecimal rate = new BigDecimal(t.rate);
            BigDecimal thousand = BigDecimal.valueOf(1_000);
            t.amount = cny.divide(rate, 0, RoundingMode.HALF_UP).divide(thousand, 0, RoundingMode.HALF_UP)
                    .max(BigDecimal.ONE).multiply(thousand);
            t.cny = t.amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** The contracted amount of a signing: most of the planned investment, in whole 万元. */
    BigDecimal contracted(DemoLeadPlan plan) {
        return plan.plannedCny.multiply(BigDecimal.valueOf(0.8 + random.nextDouble() * 0.2))
                .divide(WAN, 0, RoundingMode.HALF_UP).multiply(WAN);
    }
}
