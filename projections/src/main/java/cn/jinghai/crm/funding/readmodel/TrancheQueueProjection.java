package cn.jinghai.crm.funding.readmodel;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.TrancheRejectedEvent;
import cn.jinghai.crm.lead.api.TrancheReportedEvent;
import cn.jinghai.crm.lead.api.TrancheReversedEvent;
import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.lead.api.TrancheVerifiedEvent;
import cn.jinghai.crm.projections.support.AppliedIndexWrites;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The funding verification queue: every tranche with its lead's company, project and current unit,
 * and its status. The lead fields are kept in a small collection of this read model's own, so a
 * replay of this read model alone rebuilds it.
 */
@Component
@ProcessingGroup(TrancheQueueProjection.PROCESSING_GROUP)
public class TrancheQueueProjection {

    public static final String PROCESSING_GROUP = "tranche-queue";

    private final MongoCollection<Document> tranches;
    private final MongoCollection<Document> leads;

    public TrancheQueueProjection(MongoDatabase database) {
        this.tranches = database.getCollection("tranche_queue");
        this.leads = database.getCollection("tranche_queue_leads");
        tranches.createIndex(Indexes.ascending("status", "reportedAt"));
        tranches.createIndex(Indexes.ascending("leadId"));
    }

    @EventHandler
    void on(LeadRegisteredEvent e, TrackingToken t) {
        writeLead(e.leadId().value(), t, e.companyName(), e.projectName(), e.unitCode());
    }

    @EventHandler
    void on(LeadDetailsChangedEvent e, TrackingToken t) {
        Document lead = leads.find(Filters.eq("_id", e.leadId().value())).first();
        if (lead != null) {
            writeLead(e.leadId().value(), t, e.companyName(), e.projectName(), lead.getString("unitCode"));
        }
    }

    @EventHandler
    void on(LeadReassignedEvent e, TrackingToken t) {
        Document lead = leads.find(Filters.eq("_id", e.leadId().value())).first();
        if (lead != null) {
            writeLead(e.leadId().value(), t, lead.getString("companyName"), lead.getString("projectName"), e.toUnit());
        }
    }

    private void writeLead(String id, TrackingToken token, String company, String project, String unit) {
        long index = AppliedIndexWrites.position(token);
        Document current = leads.find(Filters.eq("_id", id)).first();
        if (current != null && AppliedIndexWrites.alreadyApplied(current, index)) {
            return;
        }
        leads.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("companyName", company)
                .append("projectName", project).append("unitCode", unit).append(AppliedIndexWrites.FIELD, index),
                new ReplaceOptions().upsert(true));
        for (Document tranche : tranches.find(Filters.eq("leadId", id))) {
            AppliedIndexWrites.update(tranches, tranche.get("_id"), index, List.of(Updates.set("companyName", company),
                    Updates.set("projectName", project), Updates.set("unitCode", unit)));
        }
    }

    @EventHandler
    void on(TrancheReportedEvent e, EventMessage<?> m, TrackingToken t) {
        long index = AppliedIndexWrites.position(t);
        if (tranches.find(Filters.eq("_id", e.trancheId())).first() != null) {
            return;
        }
        Document lead = leads.find(Filters.eq("_id", e.leadId().value())).first();
        tranches.insertOne(new Document("_id", e.trancheId()).append("leadId", e.leadId().value())
                .append("companyName", lead == null ? null : lead.getString("companyName"))
                .append("projectName", lead == null ? null : lead.getString("projectName"))
                .append("unitCode", lead == null ? null : lead.getString("unitCode"))
                .append("amount", e.amount().toPlainString()).append("currency", e.currency())
                .append("rateToCny", e.rateToCny().toPlainString()).append("amountCny", e.amountCny().toString())
                .append("origin", e.origin().name()).append("arrivalDate", e.arrivalDate().toString())
                .append("evidence", e.evidence()).append("reportedBy", e.reportedBy())
                .append("reportedAt", Date.from(m.getTimestamp())).append("status", TrancheStatus.REPORTED.name())
                .append(AppliedIndexWrites.FIELD, index));
    }

    @EventHandler
    void on(TrancheVerifiedEvent e, TrackingToken t) {
        status(e.trancheId(), t, TrancheStatus.VERIFIED);
    }

    @EventHandler
    void on(TrancheRejectedEvent e, TrackingToken t) {
        status(e.trancheId(), t, TrancheStatus.REJECTED);
    }

    @EventHandler
    void on(TrancheReversedEvent e, TrackingToken t) {
        status(e.trancheId(), t, TrancheStatus.REVERSED);
    }

    private void status(String trancheId, TrackingToken token, TrancheStatus status) {
        AppliedIndexWrites.update(tranches, trancheId, AppliedIndexWrites.position(token), List.of(Updates.set("status", status.name())));
    }

    @ResetHandler
    void reset() {
        tranches.deleteMany(new Document());
        leads.deleteMany(new Document());
    }

    @QueryHandler
    public List<QueuedTranche> handle(FindTranchesQuery query, MetaData metaData) {
        if (!Actor.from(metaData).is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.forbidden");
        }
        List<QueuedTranche> result = new ArrayList<>();
        tranches.find(Filters.eq("status", query.status().name())).sort(Sorts.ascending("reportedAt")).forEach(d ->
                result.add(new QueuedTranche(d.getString("_id"), d.getString("leadId"), d.getString("companyName"),
                        d.getString("projectName"), d.getString("unitCode"), d.getString("amount"), d.getString("currency"),
                        d.getString("rateToCny"), d.getString("amountCny"), CapitalOrigin.valueOf(d.getString("origin")),
                        LocalDate.parse(d.getString("arrivalDate")), d.getString("evidence"), d.getString("reportedBy"),
                        d.getDate("reportedAt").toInstant(), TrancheStatus.valueOf(d.getString("status")))));
        return result;
    }

}
