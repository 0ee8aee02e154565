package cn.jinghai.crm.lead.readmodel.detail;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.ActivityRecordedEvent;
import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.api.TrancheRejectedEvent;
import cn.jinghai.crm.lead.api.TrancheReportedEvent;
import cn.jinghai.crm.lead.api.TrancheReversedEvent;
import cn.jinghai.crm.lead.api.TrancheVerifiedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one entry of a lead's history shows: a record per event type, written for readers (the API's
 * {@code data} and the lead page's timeline), not the stored event. Its fields are chosen here, so an
 * event's internals never become API, and a contact's phone is masked for a viewer who does not work
 * the lead, exactly as {@link LeadView} masks it.
 */
public sealed interface HistoryData {

    record Registered(String companyName, CreditCode creditCode, String projectName, String industryChain,
                      Channel channel, CapitalOrigin capitalOrigin, CnyAmount plannedInvestmentCny, boolean beijing,
                      boolean highTech, boolean keyProject, String unitCode, LocalDate registeredOn,
                      String referralId, String referredBy) implements HistoryData {
    }

    record DetailsChanged(String companyName, CreditCode creditCode, String projectName, String industryChain,
                          Channel channel, CapitalOrigin capitalOrigin, CnyAmount plannedInvestmentCny, boolean beijing,
                          boolean highTech, boolean keyProject, List<Contact> contacts,
                          String responsibleLeader) implements HistoryData {
    }

    record StageMoved(Stage from, Stage to, LocalDate date, String reason, CnyAmount contractedCny,
                      LocalDate reviewDate) implements HistoryData {
    }

    record Reassigned(String fromUnit, String toUnit, String reason, LocalDate effectiveDate) implements HistoryData {
    }

    record Activity(String activityId, ActivityType type, LocalDate date, String notes, String participants,
                    String nextStep, LocalDate nextStepDate) implements HistoryData {
    }

    record TrancheReported(String trancheId, BigDecimal amount, String currency, BigDecimal rateToCny,
                           CnyAmount amountCny, CapitalOrigin origin, LocalDate arrivalDate, String evidence,
                           String reportedBy) implements HistoryData {
    }

    record TrancheVerified(String trancheId) implements HistoryData {
    }

    record TrancheRejected(String trancheId, String reason) implements HistoryData {
    }

    record TrancheReversed(String trancheId, String reason) implements HistoryData {
    }

    /**
     * The entry for a stored event, phones masked when {@code maskPhones}; empty for an event type a
     * lead's history does not show.
     */
    static Optional<HistoryData> of(Object event, boolean maskPhones) {
        HistoryData data;
        if (event instanceof LeadRegisteredEvent e) {
            data = new Registered(e.companyName(), e.creditCode(), e.projectName(), e.industryChain(), e.channel(),
                    e.capitalOrigin(), e.plannedInvestmentCny(), e.beijing(), e.highTech(), e.keyProject(), e.unitCode(),
                    e.registeredOn(), e.referralId(), e.referredBy());
        } else if (event instanceof LeadDetailsChangedEvent e) {
            List<Contact> contacts = e.contacts() == null ? List.of() : e.contacts().stream()
                    .map(c -> maskPhones ? new Contact(c.name(), c.title(), PhoneMask.mask(c.phone())) : c)
                    .toList();
            data = new DetailsChanged(e.companyName(), e.creditCode(), e.projectName(), e.industryChain(), e.channel(),
                    e.capitalOrigin(), e.plannedInvestmentCny(), e.beijing(), e.highTech(), e.keyProject(), contacts,
                    e.responsibleLeader());
        } else if (event instanceof LeadStageMovedEvent e) {
            data = new StageMoved(e.from(), e.to(), e.date(), e.reason(), e.contractedCny(), e.reviewDate());
        } else if (event instanceof LeadReassignedEvent e) {
            data = new Reassigned(e.fromUnit(), e.toUnit(), e.reason(), e.effectiveDate());
        } else if (event instanceof ActivityRecordedEvent e) {
            data = new Activity(e.activityId(), e.type(), e.date(), e.notes(), e.participants(), e.nextStep(),
                    e.nextStepDate());
        } else if (event instanceof TrancheReportedEvent e) {
            data = new TrancheReported(e.trancheId(), e.amount(), e.currency(), e.rateToCny(), e.amountCny(), e.origin(),
                    e.arrivalDate(), e.evidence(), e.reportedBy());
        } else if (event instanceof TrancheVerifiedEvent e) {
            data = new TrancheVerified(e.trancheId());
        } else if (event instanceof TrancheRejectedEvent e) {
            data = new TrancheRejected(e.trancheId(), e.reason());
        } else if (event instanceof TrancheReversedEvent e) {
            data = new TrancheReversed(e.trancheId(), e.reason());
        } else {
            data = null;
        }
        return Optional.ofNullable(data);
    }
}
