package cn.jinghai.crm.demo;

import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One lead of the demo as planned before any command is written: who, what, how far, and its money. */
final class DemoLeadPlan {

    /** What becomes of a tranche. */
    enum Fate { COUNTS, PENDING, REJECTED, REVERSED, WITHIN_CITY }

    /** A planned tranche; {@code cny} is filled in when the unit's year is allocated. */
    static final class Tranche {
        final String id;
        final LocalDate arrival;
        Fate fate;
        String creditedUnit;
        /** The amount in its currency, the rate used and the resulting CNY (exact, as the aggregate computes it). */
        BigDecimal amount;
        String currency = "CNY";
        String rate = "1";
        BigDecimal cny;
        CapitalOrigin origin;
        /** When the unit reports it, and when the office decides (verify or reject) and reverses. */
        LocalDate reported;
        LocalDate decided;
        LocalDate reversed;

        Tranche(String id, LocalDate arrival, Fate fate) {
            this.id = id;
            this.arrival = arrival;
            this.fate = fate;
        }
    }

    final LeadId id;
    final DemoDistrict.DemoUnit unit;
    final Channel channel;
    final CapitalOrigin origin;
    final Stage target;
    final LocalDate registered;
    /** Main-line stage dates from NEGOTIATING on, and the side move (on hold, dropped) if any. */
    final Map<Stage, LocalDate> moves = new LinkedHashMap<>();
    final List<Tranche> tranches = new ArrayList<>();
    String foreignStyle = "US";
    String company;
    String creditCode;
    String project;
    String chain;
    boolean beijing;
    boolean highTech;
    boolean keyProject;
    boolean named;
    /** The unit the Beijing office hands the lead to, and from which date. */
    String handTo;
    LocalDate handOver;
    /** For a lead from an ambassador's referral: the referral and the ambassador. */
    String referralId;
    String ambassador;
    BigDecimal plannedCny;
    /** A hand-over recorded later than it took effect (the office catching up), or null. */
    LocalDate handOverRecorded;
    /** Tranches written by hand (the corrections story) rather than scheduled. */
    boolean scripted;

    DemoLeadPlan(LeadId id, DemoDistrict.DemoUnit unit, Channel channel, CapitalOrigin origin, Stage target,
                 LocalDate registered) {
        this.id = id;
        this.unit = unit;
        this.channel = channel;
        this.origin = origin;
        this.target = target;
        this.registered = registered;
    }

    boolean signs() {
        return target.isMainLine() && target.ordinal() >= Stage.SIGNED.ordinal();
    }

    LocalDate signed() {
        return moves.get(Stage.SIGNED);
    }

    /** The unit owning the lead on a date. */
    String ownerOn(LocalDate date) {
        return handTo != null && !date.isBefore(handOver) ? handTo : unit.code();
    }

    String finalOwner() {
        return handTo != null ? handTo : unit.code();
    }

    BigDecimal countedCny() {
        return tranches.stream().filter(t -> t.fate == Fate.COUNTS).map(t -> t.cny).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
