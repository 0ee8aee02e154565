package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.unit.api.UnitKind;
import org.bson.Document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of DOMAIN.md ("The yearly targets"), folded from figure records in event order.
 * Everything is exact: sums of CNY amounts, completion compared as fractions, rates rounded half-up
 * to four decimals only for display.
 */
final class FigureFold {

    /** Rewards (万元) for ranks 1 to 6 among the units that completed their quota. */
    private static final long[] REWARDS_WAN = {600, 500, 400, 300, 200, 100};
    private static final BigDecimal WAN = new BigDecimal(10_000);

    private record Lead(String registeredUnit, List<String[]> reassignments, boolean beijing, boolean highTech,
                        LocalDate firstSigned, String referredBy, String chain, String channel, String company,
                        String project) {
        Lead withFlags(Document r) {
            return new Lead(registeredUnit, reassignments, r.getBoolean("beijing"), r.getBoolean("highTech"), firstSigned,
                    referredBy, r.getString("chain"), r.getString("channel"),
                    r.getString("company") == null ? company : r.getString("company"),
                    r.getString("project") == null ? project : r.getString("project"));
        }

        Lead signed(LocalDate first) {
            return new Lead(registeredUnit, reassignments, beijing, highTech, first, referredBy, chain, channel, company,
                    project);
        }
    }

    private record Tranche(String lead, CnyAmount amount, CapitalOrigin origin, LocalDate arrival, boolean verified,
                           boolean reversed) {
    }

    private record Targets(CnyAmount external, CnyAmount sixParks, int beijingProjects) {
    }

    private final Map<String, Lead> leads = new HashMap<>();
    private final Map<String, Tranche> tranches = new HashMap<>();
    private final Map<Integer, Targets> targets = new HashMap<>();
    private final Map<Integer, Map<String, CnyAmount>> quotas = new HashMap<>();
    private final Map<String, UnitKind> units = new HashMap<>();
    private final Map<String, Map<Integer, CnyAmount>> rewards = new HashMap<>();
    /** Per unit: {staff, dedicated staff}. */
    private final Map<String, int[]> staffing = new HashMap<>();

    static FigureFold of(List<Document> records) {
        FigureFold fold = new FigureFold();
        records.forEach(fold::apply);
        return fold;
    }

    void apply(Document r) {
        switch (r.getString("type")) {
            case "LEAD" -> leads.put(r.getString("lead"), new Lead(r.getString("unit"), new ArrayList<>(),
                    r.getBoolean("beijing"), r.getBoolean("highTech"), null, r.getString("referredBy"),
                    r.getString("chain"), r.getString("channel"), r.getString("company"), r.getString("project")));
            case "FLAGS" -> leads.computeIfPresent(r.getString("lead"), (id, l) -> l.withFlags(r));
            case "REASSIGNED" -> leads.computeIfPresent(r.getString("lead"), (id, l) -> {
                l.reassignments().add(new String[]{r.getString("effective"), r.getString("unit")});
                return l;
            });
            case "SIGNED" -> leads.computeIfPresent(r.getString("lead"), (id, l) -> {
                LocalDate date = LocalDate.parse(r.getString("date"));
                LocalDate first = l.firstSigned() == null || date.isBefore(l.firstSigned()) ? date : l.firstSigned();
                return l.signed(first);
            });
            case "TRANCHE" -> tranches.put(r.getString("tranche"), new Tranche(r.getString("lead"),
                    CnyAmount.parse(r.getString("amountCny")), CapitalOrigin.valueOf(r.getString("origin")),
                    LocalDate.parse(r.getString("arrival")), false, false));
            case "VERIFIED" -> tranches.computeIfPresent(r.getString("tranche"), (id, t) ->
                    new Tranche(t.lead(), t.amount(), t.origin(), t.arrival(), true, t.reversed()));
            case "REVERSED" -> tranches.computeIfPresent(r.getString("tranche"), (id, t) ->
                    new Tranche(t.lead(), t.amount(), t.origin(), t.arrival(), t.verified(), true));
            case "TARGETS" -> targets.put(r.getInteger("year"), new Targets(CnyAmount.parse(r.getString("external")),
                    CnyAmount.parse(r.getString("sixParks")), r.getInteger("beijingProjects")));
            case "QUOTA" -> quotas.computeIfAbsent(r.getInteger("year"), y -> new HashMap<>())
                    .put(r.getString("unit"), CnyAmount.parse(r.getString("quota")));
            case "UNIT" -> {
                units.put(r.getString("unit"), UnitKind.valueOf(r.getString("kind")));
                staffing.put(r.getString("unit"), new int[]{r.getInteger("staff", 0), r.getInteger("dedicatedStaff", 0)});
            }
            case "REWARD" -> rewards.computeIfAbsent(r.getString("ambassador"), a -> new HashMap<>())
                    .merge(r.getInteger("year"), CnyAmount.parse(r.getString("amountCny")), CnyAmount::plus);
            default -> throw new IllegalStateException("unknown figure record " + r.getString("type"));
        }
    }

    /**
     * Whether a folded record concerns a unit: its lead (or its tranche's lead) was registered in the unit
     * or reassigned to it at some time, or the record is about the unit itself (its kind, its quota).
     */
    boolean concerns(Document r, String unit) {
        String leadId = r.getString("lead");
        if (leadId == null && r.getString("tranche") != null) {
            Tranche tranche = tranches.get(r.getString("tranche"));
            leadId = tranche == null ? null : tranche.lead();
        }
        if (leadId == null) {
            return unit.equals(r.getString("unit"));
        }
        Lead lead = leads.get(leadId);
        if (lead == null) {
            return false;
        }
        if (unit.equals(lead.registeredUnit())) {
            return true;
        }
        for (String[] reassignment : lead.reassignments()) {
            if (unit.equals(reassignment[1])) {
                return true;
            }
        }
        return false;
    }

    /** The unit owning a lead on a date: the registering unit, then each reassignment from its effective date. */
    private String ownerOn(Lead lead, LocalDate date) {
        String owner = lead.registeredUnit();
        for (String[] reassignment : lead.reassignments()) {
            if (!LocalDate.parse(reassignment[0]).isAfter(date)) {
                owner = reassignment[1];
            }
        }
        return owner;
    }

    /** Verified, not reversed, external (市外内资、外资) tranches arriving in the year, credited per unit. */
    private Map<String, CnyAmount> creditedByUnit(int year) {
        return creditedBy(year, LocalDate.of(year, 12, 31), Key.UNIT);
    }

    /** What a breakdown groups verified external funds by. */
    enum Key { UNIT, CHAIN, CHANNEL, MONTH }

    /** Verified external funds arriving in the year up to {@code through} (inclusive), grouped by {@code key}. */
    Map<String, CnyAmount> creditedBy(int year, LocalDate through, Key key) {
        Map<String, CnyAmount> credited = new java.util.TreeMap<>();
        for (Map.Entry<String, Tranche> entry : tranches.entrySet()) {
            Tranche t = entry.getValue();
            Lead lead = leads.get(t.lead());
            if (counts(t, lead, year, through)) {
                credited.merge(group(key, t, lead), t.amount(), CnyAmount::plus);
            }
        }
        return credited;
    }

    private static boolean counts(Tranche t, Lead lead, int year, LocalDate through) {
        return lead != null && t.verified() && !t.reversed() && t.origin().countsAsExternal()
                && t.arrival().getYear() == year && !t.arrival().isAfter(through);
    }

    private String group(Key key, Tranche t, Lead lead) {
        return switch (key) {
            case UNIT -> ownerOn(lead, t.arrival());
            case CHAIN -> lead.chain();
            case CHANNEL -> lead.channel();
            case MONTH -> t.arrival().toString().substring(0, 7);
        };
    }

    /**
     * The tranches behind a figure: each verified external tranche of the year that counts, with the
     * unit it is credited to; {@code key}/{@code group} narrow it to one bar of a breakdown (null: all),
     * {@code sixParksOnly} to the six parks' target. Largest first.
     */
    List<ContributionView> contributions(int year, Key key, String group, boolean sixParksOnly) {
        List<ContributionView> rows = new ArrayList<>();
        for (Map.Entry<String, Tranche> entry : tranches.entrySet()) {
            Tranche t = entry.getValue();
            Lead lead = leads.get(t.lead());
            if (!counts(t, lead, year, LocalDate.of(year, 12, 31))) {
                continue;
            }
            String credited = ownerOn(lead, t.arrival());
            if (key != null && !group(key, t, lead).equals(group)
                    || sixParksOnly && units.get(credited) != UnitKind.PARK) {
                continue;
            }
            rows.add(new ContributionView(t.lead(), entry.getKey(), lead.company(), lead.project(), credited,
                    ownerOn(lead, LocalDate.MAX), lead.chain(), lead.channel(), t.origin(), t.arrival(), t.amount()));
        }
        rows.sort(Comparator.comparing(ContributionView::amountCny).reversed().thenComparing(ContributionView::trancheId));
        return rows;
    }

    /** The Beijing high-tech leads whose first signing falls in the year: the projects behind that target. */
    List<BeijingProjectView> beijingProjects(int year) {
        List<BeijingProjectView> rows = new ArrayList<>();
        leads.forEach((id, l) -> {
            if (l.beijing() && l.highTech() && l.firstSigned() != null && l.firstSigned().getYear() == year) {
                rows.add(new BeijingProjectView(id, l.company(), l.project(), ownerOn(l, LocalDate.MAX), l.firstSigned()));
            }
        });
        rows.sort(Comparator.comparing(BeijingProjectView::firstSigned).thenComparing(BeijingProjectView::leadId));
        return rows;
    }

    /** The three figures for arrivals and first signings up to {@code through}, for restatements. */
    Totals totals(int year, LocalDate through) {
        Map<String, CnyAmount> credited = creditedBy(year, through, Key.UNIT);
        CnyAmount external = credited.values().stream().reduce(CnyAmount.ZERO, CnyAmount::plus);
        CnyAmount sixParks = credited.entrySet().stream().filter(e -> units.get(e.getKey()) == UnitKind.PARK)
                .map(Map.Entry::getValue).reduce(CnyAmount.ZERO, CnyAmount::plus);
        long beijing = leads.values().stream().filter(l -> l.beijing() && l.highTech() && l.firstSigned() != null
                && l.firstSigned().getYear() == year && !l.firstSigned().isAfter(through)).count();
        return new Totals(external, sixParks, beijing);
    }

    /** External capital, the six parks' share, Beijing high-tech projects. */
    record Totals(CnyAmount externalCny, CnyAmount sixParksCny, long beijingProjects) {
    }

    /**
     * An ambassador's standing in a year: verified external funds arriving in the year on the leads
     * they referred, the proposed reward ({@code share} of it, rounded half-up to the fen, capped),
     * and the rewards leadership approved.
     */
    StandingView standing(String ambassador, int year, BigDecimal share, CnyAmount cap) {
        CnyAmount verified = CnyAmount.ZERO;
        for (Tranche t : tranches.values()) {
            Lead lead = leads.get(t.lead());
            if (lead != null && ambassador.equals(lead.referredBy()) && t.verified() && !t.reversed()
                    && t.origin().countsAsExternal() && t.arrival().getYear() == year) {
                verified = verified.plus(t.amount());
            }
        }
        CnyAmount proposed = new CnyAmount(verified.value().multiply(share).setScale(2, RoundingMode.HALF_UP));
        if (proposed.compareTo(cap) > 0) {
            proposed = cap;
        }
        CnyAmount approved = rewards.getOrDefault(ambassador, Map.of()).getOrDefault(year, CnyAmount.ZERO);
        return new StandingView(verified, proposed, approved);
    }

    ProgressView progress(int year) {
        Totals totals = totals(year, LocalDate.of(year, 12, 31));
        Targets t = targets.getOrDefault(year, new Targets(CnyAmount.ZERO, CnyAmount.ZERO, 0));
        return new ProgressView(year, new ProgressView.Amounts(t.external(), totals.externalCny()),
                new ProgressView.Amounts(t.sixParks(), totals.sixParksCny()),
                new ProgressView.Count(t.beijingProjects(), totals.beijingProjects()));
    }

    List<RankingRow> ranking(int year) {
        Map<String, CnyAmount> credited = creditedByUnit(year);
        record Entry(String unit, CnyAmount quota, CnyAmount credited) {
            /** Exact comparison of credited/quota, then of credited, best first. */
            int compareBest(Entry other) {
                int byRate = other.credited.value().multiply(quota.value())
                        .compareTo(credited.value().multiply(other.quota.value()));
                return byRate != 0 ? byRate : other.credited.compareTo(credited);
            }
        }
        List<Entry> entries = new ArrayList<>();
        quotas.getOrDefault(year, Map.of()).forEach((unit, quota) ->
                entries.add(new Entry(unit, quota, credited.getOrDefault(unit, CnyAmount.ZERO))));
        entries.sort(((Comparator<Entry>) Entry::compareBest).thenComparing(Entry::unit));
        List<RankingRow> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i == 0 || entries.get(i - 1).compareBest(e) != 0) {
                rank = i + 1;
            }
            boolean completed = e.credited().compareTo(e.quota()) >= 0;
            CnyAmount reward = completed && rank <= REWARDS_WAN.length
                    ? new CnyAmount(BigDecimal.valueOf(REWARDS_WAN[rank - 1]).multiply(WAN)) : CnyAmount.ZERO;
            String rate = e.credited().value().divide(e.quota().value(), 4, RoundingMode.HALF_UP).toPlainString();
            int[] staff = staffing.getOrDefault(e.unit(), new int[]{0, 0});
            // "每个园区固定1/3以上的人员专职招商": dedicated staff at least a third of all staff
            boolean staffingMet = staff[0] > 0 && 3L * staff[1] >= staff[0];
            rows.add(new RankingRow(rank, e.unit(), e.quota(), e.credited(), rate, completed, reward, staff[0], staff[1],
                    staffingMet));
        }
        return rows;
    }
}
