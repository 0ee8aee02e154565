package cn.jinghai.crm.lead;

import cn.jinghai.crm.chain.api.ChainDirectory;
import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.BusinessTime;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.ForeignAmount;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityRecordedEvent;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.RejectTrancheCommand;
import cn.jinghai.crm.lead.api.ReportTrancheCommand;
import cn.jinghai.crm.lead.api.ReverseTrancheCommand;
import cn.jinghai.crm.lead.api.TrancheRejectedEvent;
import cn.jinghai.crm.lead.api.TrancheReportedEvent;
import cn.jinghai.crm.lead.api.TrancheReversedEvent;
import cn.jinghai.crm.lead.api.TrancheVerifiedEvent;
import cn.jinghai.crm.lead.api.VerifyTrancheCommand;
import cn.jinghai.crm.lead.api.CompanyRegistry;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.MoveLeadStageCommand;
import cn.jinghai.crm.lead.api.ReassignLeadCommand;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.api.UpdateLeadDetailsCommand;
import cn.jinghai.crm.unit.api.UnitDirectory;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A lead (项目线索): one investment project being pursued by a unit. Command handlers check the
 * actor and the rules, then apply events; event-sourcing handlers only assign state.
 */
public class Lead {

    static final int REASON_MAX = 1000;
    static final int NOTES_MAX = 4000;
    static final int SHORT_TEXT_MAX = 500;
    static final int EVIDENCE_MAX = 200;

    @AggregateIdentifier
    private LeadId leadId;
    private String unitCode;
    private LeadDetails details;
    private Stage stage;
    /** The main-line stage a lead was in when put on hold or dropped, to judge the next move. */
    private Stage lastMainStage;
    private LocalDate lastMoveDate;
    private LocalDate lastReassignmentDate;
    private final TrancheBook tranches = new TrancheBook();

    protected Lead() {
        // for Axon
    }

    @CommandHandler
    public Lead(RegisterLeadCommand command, MetaData metaData, Clock clock, UnitDirectory units, ChainDirectory chains,
                CompanyRegistry companies) {
        Actor actor = Actor.from(metaData);
        if (!actor.mayWorkLeads()) {
            throw DomainException.forbidden("error.lead.register.role");
        }
        String unit = Checks.code("unitCode", command.unitCode());
        if (!actor.mayWorkLeadOf(unit)) {
            throw DomainException.forbidden("error.lead.register.otherUnit");
        }
        Checks.required("leadId", command.leadId());
        if (units.kindOf(unit).isEmpty()) {
            throw DomainException.invalid("unitCode", "error.unit.unknown", unit);
        }
        LeadDetails registered = LeadDetails.validated(command.companyName(), command.creditCode(), command.projectName(),
                command.industryChain(), command.channel(), command.capitalOrigin(), command.plannedInvestmentCny(),
                command.beijing(), command.highTech(), command.keyProject(), List.of(), null);
        LeadRules.requireKnownChain(registered.industryChain(), chains);
        boolean fromReferral = command.referralId() != null;
        if (fromReferral != (registered.channel() == Channel.AMBASSADOR_REFERRAL)
                || (fromReferral && (!actor.is(Role.DISTRICT_OFFICE) || command.referredBy() == null))) {
            throw DomainException.invalid("channel", "error.lead.referralChannel");
        }
        LeadRules.requireCompanyFree(registered, unit, null, actor, companies);
        apply(new LeadRegisteredEvent(command.leadId(), registered.companyName(), registered.creditCode(),
                registered.projectName(), registered.industryChain(), registered.channel(), registered.capitalOrigin(),
                registered.plannedInvestmentCny(), registered.beijing(), registered.highTech(), registered.keyProject(),
                unit, BusinessTime.today(clock), command.referralId(), command.referredBy()));
    }

    /** Changes details and contacts (PATCH); answers the version afterwards (unchanged when nothing changed). */
    @CommandHandler
    public Long handle(UpdateLeadDetailsCommand command, MetaData metaData, ChainDirectory chains,
                       CompanyRegistry companies) {
        Actor actor = requireWorkable(metaData);
        requireVersion(command.expectedVersion());
        LeadDetails next = details.patched(command);
        if (next.equals(details)) {
            return AggregateLifecycle.getVersion();
        }
        if (next.channel() != details.channel()
                && (next.channel() == Channel.AMBASSADOR_REFERRAL || details.channel() == Channel.AMBASSADOR_REFERRAL)) {
            throw DomainException.invalid("channel", "error.lead.referralChannel");
        }
        if (!next.industryChain().equals(details.industryChain())) {
            LeadRules.requireKnownChain(next.industryChain(), chains);
        }
        if (next.otherCompanyThan(details)) {
            LeadRules.requireCompanyFree(next, unitCode, leadId, actor, companies);
        }
        apply(next.changedEvent(leadId));
        return AggregateLifecycle.getVersion();
    }

    /** Moves the lead; answers the lead's version afterwards (unchanged when already at the stage). */
    @CommandHandler
    public Long handle(MoveLeadStageCommand command, MetaData metaData, Clock clock) {
        requireWorkable(metaData);
        requireVersion(command.expectedVersion());
        Stage target = Checks.required("stage", command.stage());
        LocalDate date = Checks.notFuture("date", command.date(), clock);
        if (target == Stage.LEAD) {
            throw DomainException.invalid("stage", "error.stage.backToLead");
        }
        if (target == stage) {
            return AggregateLifecycle.getVersion(); // already there: nothing happened
        }
        if (lastMoveDate != null && date.isBefore(lastMoveDate)) {
            throw DomainException.invalid("date", "error.stage.dateBeforeLastMove", lastMoveDate);
        }
        String reason = Checks.optionalLines("reason", command.reason(), REASON_MAX);
        CnyAmount contracted = command.contractedCny();
        LocalDate reviewDate = command.reviewDate();
        StageRules.requireWhatTheMoveNeeds(target, date, contracted, reviewDate);
        if (reason == null && StageRules.needsReason(stage, lastMainStage, target)) {
            throw DomainException.illegalTransition("reason", "error.stage.reasonRequired", stage, target);
        }
        apply(new LeadStageMovedEvent(leadId, stage, target, date, reason, contracted, reviewDate));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Hands the lead to another unit (the district office; the Beijing office for its own leads);
     * answers the version afterwards.
     */
    @CommandHandler
    public Long handle(ReassignLeadCommand command, MetaData metaData, Clock clock, UnitDirectory units) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.PARK_TEAM) && !actor.mayWorkLeadOf(unitCode)) {
            throw DomainException.notFound("error.lead.notFound");
        }
        boolean ownOfficeLead = actor.is(Role.PARK_TEAM)
                && units.kindOf(unitCode).filter(kind -> kind == UnitKind.OFFICE).isPresent();
        if (!actor.is(Role.DISTRICT_OFFICE) && !ownOfficeLead) {
            throw DomainException.forbidden("error.lead.reassign.role");
        }
        requireVersion(command.expectedVersion());
        String target = Checks.code("unitCode", command.unitCode());
        if (units.kindOf(target).isEmpty()) {
            throw DomainException.invalid("unitCode", "error.unit.unknown", target);
        }
        if (target.equals(unitCode)) {
            throw DomainException.invalid("unitCode", "error.lead.reassign.sameUnit");
        }
        String reason = Checks.lines("reason", command.reason(), REASON_MAX);
        LocalDate effective = Checks.notFuture("effectiveDate", command.effectiveDate(), clock);
        if (lastReassignmentDate != null && effective.isBefore(lastReassignmentDate)) {
            throw DomainException.invalid("effectiveDate", "error.lead.reassign.beforePrevious", lastReassignmentDate);
        }
        apply(new LeadReassignedEvent(leadId, unitCode, target, reason, effective));
        return AggregateLifecycle.getVersion();
    }

    /** Reports funds arrived for this lead; answers the tranche's id. */
    @CommandHandler
    public String handle(ReportTrancheCommand command, MetaData metaData, Clock clock) {
        Actor actor = requireWorkable(metaData);
        requireVersion(command.expectedVersion());
        String trancheId = Checks.text("trancheId", command.trancheId(), 64);
        if (tranches.contains(trancheId)) {
            throw DomainException.invalid("trancheId", "error.tranche.exists");
        }
        if (stage == Stage.DROPPED) {
            throw DomainException.illegalTransition(null, "error.tranche.droppedLead");
        }
        ForeignAmount amount = Checks.required("amount", command.amount());
        CapitalOrigin origin = Checks.required("origin", command.origin());
        LocalDate arrival = Checks.notFuture("arrivalDate", command.arrivalDate(), clock);
        String evidence = Checks.text("evidence", command.evidence(), EVIDENCE_MAX);
        apply(new TrancheReportedEvent(leadId, trancheId, amount.amount(), amount.currency(), amount.rateToCny(),
                amount.toCny(), origin, arrival, evidence, actor.username()));
        return trancheId;
    }

    @CommandHandler
    public Long handle(VerifyTrancheCommand command, MetaData metaData) {
        Actor actor = requireOfficeForTranches(metaData);
        requireVersion(command.expectedVersion());
        if (tranches.mayVerify(command.trancheId(), actor)) {
            apply(new TrancheVerifiedEvent(leadId, command.trancheId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RejectTrancheCommand command, MetaData metaData) {
        Actor actor = requireOfficeForTranches(metaData);
        requireVersion(command.expectedVersion());
        String reason = Checks.lines("reason", command.reason(), REASON_MAX);
        if (tranches.mayReject(command.trancheId(), actor)) {
            apply(new TrancheRejectedEvent(leadId, command.trancheId(), reason));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ReverseTrancheCommand command, MetaData metaData) {
        Actor actor = requireOfficeForTranches(metaData);
        requireVersion(command.expectedVersion());
        String reason = Checks.lines("reason", command.reason(), REASON_MAX);
        if (tranches.mayReverse(command.trancheId(), actor)) {
            apply(new TrancheReversedEvent(leadId, command.trancheId(), reason));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Only the district office decides on tranches; to another unit's park team the lead does not exist. */
    private Actor requireOfficeForTranches(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.PARK_TEAM) && !actor.mayWorkLeadOf(unitCode)) {
            throw DomainException.notFound("error.lead.notFound");
        }
        if (!actor.is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.tranche.role");
        }
        return actor;
    }

    /** Records a follow-up; answers the lead's version afterwards. */
    @CommandHandler
    public Long handle(RecordActivityCommand command, MetaData metaData, Clock clock) {
        requireWorkable(metaData);
        requireVersion(command.expectedVersion());
        String activityId = Checks.text("activityId", command.activityId(), 64);
        var type = Checks.required("type", command.type());
        LocalDate date = Checks.notFuture("date", command.date(), clock);
        String notes = Checks.lines("notes", command.notes(), NOTES_MAX);
        String participants = Checks.optionalText("participants", command.participants(), SHORT_TEXT_MAX);
        String nextStep = Checks.optionalText("nextStep", command.nextStep(), SHORT_TEXT_MAX);
        LocalDate nextStepDate = command.nextStepDate();
        if (nextStep == null && nextStepDate != null) {
            throw DomainException.invalid("nextStep", "error.required");
        }
        if (nextStep != null && nextStepDate == null) {
            throw DomainException.invalid("nextStepDate", "error.required");
        }
        if (nextStepDate != null && nextStepDate.isBefore(date)) {
            throw DomainException.invalid("nextStepDate", "error.activity.nextStepBeforeDate");
        }
        apply(new ActivityRecordedEvent(leadId, activityId, type, date, notes, participants, nextStep, nextStepDate));
        return AggregateLifecycle.getVersion();
    }

    /** Park teams may work only their own unit's leads; to anyone else such a lead does not exist. */
    private Actor requireWorkable(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.PARK_TEAM) && !actor.mayWorkLeadOf(unitCode)) {
            throw DomainException.notFound("error.lead.notFound");
        }
        if (!actor.mayWorkLeads()) {
            throw DomainException.forbidden("error.lead.work.role");
        }
        return actor;
    }

    /**
     * Optimistic concurrency (If-Match): checked after the permission check, so a stale version on
     * another unit's lead still answers "not found" rather than revealing that the lead exists.
     */
    private static void requireVersion(Long expectedVersion) {
        if (expectedVersion != null && !expectedVersion.equals(AggregateLifecycle.getVersion())) {
            throw new DomainException(ErrorCode.STALE_VERSION, "error.staleVersion", null);
        }
    }

    @EventSourcingHandler
    void on(LeadRegisteredEvent event) {
        leadId = event.leadId();
        unitCode = event.unitCode();
        details = LeadDetails.of(event);
        stage = Stage.LEAD;
        lastMainStage = Stage.LEAD;
    }

    @EventSourcingHandler
    void on(LeadDetailsChangedEvent event) {
        details = LeadDetails.of(event);
    }

    @EventSourcingHandler
    void on(LeadStageMovedEvent event) {
        stage = event.to();
        if (event.to().isMainLine()) {
            lastMainStage = event.to();
        }
        lastMoveDate = event.date();
    }

    @EventSourcingHandler
    void on(TrancheReportedEvent event) {
        tranches.on(event);
    }

    @EventSourcingHandler
    void on(TrancheVerifiedEvent event) {
        tranches.on(event);
    }

    @EventSourcingHandler
    void on(TrancheRejectedEvent event) {
        tranches.on(event);
    }

    @EventSourcingHandler
    void on(TrancheReversedEvent event) {
        tranches.on(event);
    }

    @EventSourcingHandler
    void on(LeadReassignedEvent event) {
        unitCode = event.toUnit();
        lastReassignmentDate = event.effectiveDate();
    }
}
