package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.ForeignAmount;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.MoveLeadStageCommand;
import cn.jinghai.crm.lead.api.ReassignLeadCommand;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.RejectTrancheCommand;
import cn.jinghai.crm.lead.api.ReportTrancheCommand;
import cn.jinghai.crm.lead.api.ReverseTrancheCommand;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.api.UpdateLeadDetailsCommand;
import cn.jinghai.crm.lead.api.VerifyTrancheCommand;
import cn.jinghai.crm.referral.api.AcceptReferralCommand;
import cn.jinghai.crm.referral.api.ReferralId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one planned lead's year into the timeline, as its people would have recorded it: the
 * registration (for a referral, the office's acceptance with it), contacts and the responsible leader
 * of a key project, activities with next steps before each stage move, the Beijing office's hand-over,
 * the unit's funding reports, and the district office's verifications, rejections and reversals.
 */
final class DemoLeadStories {

    static final Actor OFFICE = new Actor(DemoUsers.OFFICE, Role.DISTRICT_OFFICE, null);

    private enum Kind { REGISTER, PATCH, ACTIVITY, REASSIGN, MOVE, REPORT, FOLLOW_UP }

    private record Event(LocalDate date, Kind kind, Stage stage, DemoLeadPlan.Tranche tranche) {
    }

    private final Random random;
    private final DemoNames names;
    private final DemoFunding funding;
    private final DemoTimeline timeline;
    private int activityCount;

    DemoLeadStories(Random random, DemoNames names, DemoFunding funding, DemoTimeline timeline) {
        this.random = random;
        this.names = names;
        this.funding = funding;
        this.timeline = timeline;
    }

    static Actor parkTeam(String unitCode) {
        return new Actor(unitCode.toLowerCase(java.util.Locale.ROOT), Role.PARK_TEAM, unitCode);
    }

    /** Writes the lead's story; answers the cursor, positioned after its last own step. */
    DemoTimeline.Cursor write(DemoLeadPlan plan) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(plan.registered, Kind.REGISTER, Stage.LEAD, null));
        if (plan.keyProject) {
            events.add(new Event(plan.registered.plusDays(1 + random.nextInt(10)), Kind.PATCH, null, null));
        }
        LocalDate previous = plan.registered;
        Stage reached = Stage.LEAD;
        for (Map.Entry<Stage, LocalDate> move : plan.moves.entrySet()) {
            long gap = ChronoUnit.DAYS.between(previous, move.getValue());
            int activities = gap > 6 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < activities; i++) {
                events.add(new Event(previous.plusDays(1 + random.nextInt((int) gap - 1)), Kind.ACTIVITY, reached, null));
            }
            events.add(new Event(move.getValue(), Kind.MOVE, move.getKey(), null));
            previous = move.getValue();
            reached = move.getKey();
        }
        if (plan.handTo != null) {
            events.add(new Event(plan.handOverRecorded != null ? plan.handOverRecorded : plan.handOver, Kind.REASSIGN, null, null));
        }
        for (DemoLeadPlan.Tranche t : plan.tranches) {
            events.add(new Event(t.reported, Kind.REPORT, null, t));
        }
        if (reached != Stage.DROPPED) {
            LocalDate followUp = previous.plusDays(5 + random.nextInt(25));
            if (followUp.isBefore(LocalDate.of(DemoDistrict.YEAR, 12, 29))) {
                events.add(new Event(followUp, Kind.FOLLOW_UP, reached, null));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::kind));

        DemoTimeline.Cursor cursor = new DemoTimeline.Cursor(random);
        String owner = plan.unit.code();
        Map<DemoLeadPlan.Tranche, Instant> reportedAt = new java.util.HashMap<>();
        for (Event event : events) {
            Instant at = cursor.next(event.date());
            Actor actor = parkTeam(owner);
            switch (event.kind()) {
                case REGISTER -> register(plan, at);
                case PATCH -> timeline.add(at, actor, new UpdateLeadDetailsCommand(plan.id, null,
                        Set.of("contacts", "responsibleLeader"), null, null, null, null, null, null, null, null, null,
                        null, List.of(new Contact(names.person(), names.title(), names.phone())), names.leader()));
                case ACTIVITY, FOLLOW_UP -> activity(plan, at, actor, event.date(), event.stage(), event.kind() == Kind.ACTIVITY);
                case MOVE -> move(plan, at, actor, event.stage(), event.date());
                case REASSIGN -> {
                    boolean ownHandOver = plan.handOverRecorded == null && random.nextInt(10) < 7;
                    timeline.add(at, ownHandOver ? actor : OFFICE, new ReassignLeadCommand(plan.id, null, plan.handTo,
                            DemoTexts.handOverReason(DemoDistrict.unit(plan.handTo).name()), plan.handOver));
                    owner = plan.handTo;
                }
                case REPORT -> {
                    report(plan, at, actor, event.tranche());
                    reportedAt.put(event.tranche(), at);
                }
            }
        }
        for (DemoLeadPlan.Tranche t : plan.tranches) {
            decide(plan, t, reportedAt.get(t));
        }
        return cursor;
    }

    private void register(DemoLeadPlan plan, Instant at) {
        CreditCode code = plan.creditCode == null ? null : CreditCode.of(plan.creditCode);
        RegisterLeadCommand command = new RegisterLeadCommand(plan.id, plan.company, code, plan.project, plan.chain,
                plan.channel, plan.origin, new CnyAmount(plan.plannedCny), plan.beijing, plan.highTech, plan.keyProject,
                plan.unit.code(), plan.referralId, plan.ambassador);
        if (plan.referralId != null) {
            // as the referral controller does: the acceptance and the lead, one after the other
            timeline.add(at, OFFICE, new AcceptReferralCommand(new ReferralId(plan.referralId), plan.id, plan.unit.code()));
            timeline.add(at, OFFICE, command);
        } else {
            timeline.add(at, random.nextInt(10) == 0 ? OFFICE : parkTeam(plan.unit.code()), command);
        }
    }

    void activity(DemoLeadPlan plan, Instant at, Actor actor, LocalDate date, Stage stage, boolean withNextStep) {
        List<DemoTexts.Note> notes = DemoTexts.notesFor(stage);
        DemoTexts.Note note = notes.get(random.nextInt(notes.size()));
        boolean next = withNextStep || random.nextInt(10) < 3;
        String id = UUID.nameUUIDFromBytes(("jinghai-demo-activity-" + activityCount++).getBytes()).toString();
        timeline.add(at, actor, new RecordActivityCommand(plan.id, null, id, note.type(), date, note.notes(),
                actor.unitCode() == null ? "区招商局" : DemoDistrict.unit(actor.unitCode()).contact() + "；企业 " + names.person(),
                next ? note.nextStep() : null, next ? date.plusDays(7 + random.nextInt(24)) : null));
    }

    private void move(DemoLeadPlan plan, Instant at, Actor actor, Stage stage, LocalDate date) {
        String reason = null;
        CnyAmount contracted = null;
        LocalDate review = null;
        switch (stage) {
            case SIGNED -> {
                contracted = new CnyAmount(funding.contracted(plan));
                if (!plan.moves.containsKey(Stage.NEGOTIATING)) {
                    reason = DemoTexts.SKIP_REASON;
                }
            }
            case ON_HOLD -> {
                reason = names.pick(DemoTexts.HOLD_REASONS);
                review = date.plusDays(30 + random.nextInt(60));
            }
            case DROPPED -> reason = names.pick(DemoTexts.DROP_REASONS);
            default -> { }
        }
        timeline.add(at, actor, new MoveLeadStageCommand(plan.id, null, stage, date, reason, contracted, review));
    }

    private void report(DemoLeadPlan plan, Instant at, Actor actor, DemoLeadPlan.Tranche t) {
        String evidence = ("CNY".equals(t.currency) ? "银行进账单 " : "外汇收账通知 ") + names.pick(DemoTexts.BANKS)
                + " No." + (100_000 + random.nextInt(900_000));
        timeline.add(at, actor, new ReportTrancheCommand(plan.id, null, t.id,
                ForeignAmount.of(t.amount.toPlainString(), t.currency, t.rate), t.origin, t.arrival, evidence));
    }

    /** The office decides some days after the report; a reversal follows weeks after the verification. */
    private void decide(DemoLeadPlan plan, DemoLeadPlan.Tranche t, Instant reported) {
        if (t.decided == null) {
            return; // still waiting in the verification queue at the end of the year
        }
        Instant decided = later(DemoTimeline.officeHours(t.decided, random), reported);
        if (t.fate == DemoLeadPlan.Fate.REJECTED) {
            timeline.add(decided, OFFICE, new RejectTrancheCommand(plan.id, null, t.id, names.pick(DemoTexts.REJECT_REASONS)));
            return;
        }
        timeline.add(decided, OFFICE, new VerifyTrancheCommand(plan.id, null, t.id));
        if (t.fate == DemoLeadPlan.Fate.REVERSED) {
            Instant reversed = later(DemoTimeline.officeHours(t.reversed, random), decided);
            timeline.add(reversed, OFFICE, new ReverseTrancheCommand(plan.id, null, t.id, names.pick(DemoTexts.REVERSE_REASONS)));
        }
    }

    private static Instant later(Instant candidate, Instant after) {
        return candidate.isAfter(after) ? candidate : after.plus(47, ChronoUnit.MINUTES);
    }
}
