package cn.jinghai.crm.lead.readmodel.detail;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
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
import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.lead.api.TrancheVerifiedEvent;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Folds a lead's events, oldest first, into its current state. */
final class LeadState {

    private String id;
    private String companyName;
    private CreditCode creditCode;
    private String projectName;
    private String industryChain;
    private Channel channel;
    private CapitalOrigin capitalOrigin;
    private CnyAmount plannedInvestmentCny;
    private boolean beijing;
    private boolean highTech;
    private boolean keyProject;
    private String responsibleLeader;
    private List<Contact> contacts = List.of();
    private String unitCode;
    private Stage stage = Stage.LEAD;
    private LocalDate stageDate;
    private CnyAmount contractedCny;
    private LocalDate reviewDate;
    private LocalDate registeredOn;
    private Instant registeredAt;
    private String registeredBy;
    private long version;
    private final java.util.LinkedHashMap<String, TrancheView> tranches = new java.util.LinkedHashMap<>();

    static LeadState of(List<DomainEventMessage<?>> events) {
        LeadState state = new LeadState();
        events.forEach(state::apply);
        return state;
    }

    String unitCode() {
        return unitCode;
    }

    private void apply(DomainEventMessage<?> message) {
        version = message.getSequenceNumber();
        Object payload = message.getPayload();
        if (payload instanceof LeadRegisteredEvent e) {
            id = e.leadId().value();
            details(e.companyName(), e.creditCode(), e.projectName(), e.industryChain(), e.channel(), e.capitalOrigin(),
                    e.plannedInvestmentCny(), e.beijing(), e.highTech(), e.keyProject());
            unitCode = e.unitCode();
            registeredOn = e.registeredOn();
            registeredAt = message.getTimestamp();
            Object by = message.getMetaData().get(Actor.USERNAME);
            registeredBy = by == null ? null : by.toString();
        } else if (payload instanceof LeadDetailsChangedEvent e) {
            details(e.companyName(), e.creditCode(), e.projectName(), e.industryChain(), e.channel(), e.capitalOrigin(),
                    e.plannedInvestmentCny(), e.beijing(), e.highTech(), e.keyProject());
            contacts = e.contacts() == null ? List.of() : e.contacts();
            responsibleLeader = e.responsibleLeader();
        } else if (payload instanceof LeadStageMovedEvent e) {
            stage = e.to();
            stageDate = e.date();
            reviewDate = e.reviewDate();
            if (e.contractedCny() != null) {
                contractedCny = e.contractedCny();
            }
        } else if (payload instanceof LeadReassignedEvent e) {
            unitCode = e.toUnit();
        } else if (payload instanceof TrancheReportedEvent e) {
            tranches.put(e.trancheId(), new TrancheView(e.trancheId(), e.amount(), e.currency(), e.rateToCny(),
                    e.amountCny(), e.origin(), e.arrivalDate(), e.evidence(), TrancheStatus.REPORTED, e.reportedBy(),
                    message.getTimestamp(), null));
        } else if (payload instanceof TrancheVerifiedEvent e) {
            tranches.computeIfPresent(e.trancheId(), (id, t) -> t.withStatus(TrancheStatus.VERIFIED, null));
        } else if (payload instanceof TrancheRejectedEvent e) {
            tranches.computeIfPresent(e.trancheId(), (id, t) -> t.withStatus(TrancheStatus.REJECTED, e.reason()));
        } else if (payload instanceof TrancheReversedEvent e) {
            tranches.computeIfPresent(e.trancheId(), (id, t) -> t.withStatus(TrancheStatus.REVERSED, e.reason()));
        }
    }

    private void details(String companyName, CreditCode creditCode, String projectName, String industryChain,
                         Channel channel, CapitalOrigin capitalOrigin, CnyAmount planned, boolean beijing,
                         boolean highTech, boolean keyProject) {
        this.companyName = companyName;
        this.creditCode = creditCode;
        this.projectName = projectName;
        this.industryChain = industryChain;
        this.channel = channel;
        this.capitalOrigin = capitalOrigin;
        this.plannedInvestmentCny = planned;
        this.beijing = beijing;
        this.highTech = highTech;
        this.keyProject = keyProject;
    }

    /** The view for a viewer; {@code maskPhones} for one who does not work the lead. */
    LeadView view(boolean maskPhones) {
        List<Contact> shown = maskPhones
                ? contacts.stream().map(c -> new Contact(c.name(), c.title(), PhoneMask.mask(c.phone()))).toList()
                : contacts;
        return new LeadView(id, companyName, creditCode, projectName, industryChain, channel, capitalOrigin,
                plannedInvestmentCny, beijing, highTech, keyProject, responsibleLeader, shown, unitCode, stage, stageDate,
                contractedCny, reviewDate, List.copyOf(tranches.values()), registeredOn, registeredAt, registeredBy,
                version);
    }
}
