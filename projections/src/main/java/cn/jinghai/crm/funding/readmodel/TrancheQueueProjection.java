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
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
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
import java.util.function.Consumer;

/**
 * The funding verification queue: every tranche with its lead's company, project and current unit,
 * and its status. The lead fields are kept in a small collection of this read model's own, so a
 * replay of this read model alone rebuilds it.
 */
@Component
@ProcessingGroup(TrancheQueueProjection.PROCESSING_GROUP)
public class TrancheQueueProjection {

    public static final String PROCESSING_GROUP = "tranche-queue";

    private final ReadModelDocuments trancheDocuments;
    private final ReadModelDocuments leadDocuments;
    private final MongoCollection<Document> tranches;

    public TrancheQueueProjection(MongoDatabase database) {
        this.trancheDocuments = new ReadModelDocuments(database, "tranche_queue");
        this.leadDocuments = new ReadModelDocuments(database, "tranche_queue_leads").keyedByAggregate();
        this.tranches = trancheDocuments.collection();
        tranches.createIndex(Indexes.ascending("status", "reportedAt"));
    }

    @EventHandler
    void on(LeadRegisteredEvent e, TrackingToken t) {
        long index = AppliedIndexWrites.position(t);
        leadDocuments.insertIfAbsent(new Document("_id", e.leadId().value()).append("companyName", e.companyName())
                .append("projectName", e.projectName()).append("unitCode", e.unitCode())
                .append("tranches", new ArrayList<String>()).append(AppliedIndexWrites.FIELD, index));
    }

    @EventHandler
    void on(LeadDetailsChangedEvent e, TrackingToken t) {
        changeLead(e.leadId().value(), AppliedIndexWrites.position(t), lead -> {
            lead.put("companyName", e.companyName());
            lead.put("projectName", e.projectName());
        });
    }

    @EventHandler
    void on(LeadReassignedEvent e, TrackingToken t) {
        changeLead(e.leadId().value(), AppliedIndexWrites.position(t), lead -> lead.put("unitCode", e.toUnit()));
    }

    /**
     * Changes a lead's fields and copies them onto each of its tranches (listed on the lead, found by id).
     * The tranches are brought in line even when the lead had already applied the event: a crash may
     * have fallen between the two collections' writes.
     */
    private void changeLead(String id, long index, Consumer<Document> change) {
        leadDocuments.apply(id, index, change);
        Document lead = leadDocuments.find(id);
        if (lead == null) {
            return;
        }
        for (String trancheId : lead.getList("tranches", String.class, List.of())) {
            trancheDocuments.apply(trancheId, index, tranche -> {
                tranche.put("companyName", lead.getString("companyName"));
                tranche.put("projectName", lead.getString("projectName"));
                tranche.put("unitCode", lead.getString("unitCode"));
            });
        }
    }

    @EventHandler
    void on(TrancheReportedEvent e, EventMessage<?> m, TrackingToken t) {
        long index = AppliedIndexWrites.position(t);
        Document lead = leadDocuments.find(e.leadId().value());
        trancheDocuments.insertIfAbsent(new Document("_id", e.trancheId()).append("leadId", e.leadId().value())
                .append("companyName", lead == null ? null : lead.getString("companyName"))
                .append("projectName", lead == null ? null : lead.getString("projectName"))
                .append("unitCode", lead == null ? null : lead.getString("unitCode"))
                .append("amount", e.amount().toPlainString()).append("currency", e.currency())
                .append("rateToCny", e.rateToCny().toPlainString()).append("amountCny", e.amountCny().toString())
                .append("origin", e.origin().name()).append("arrivalDate", e.arrivalDate().toString())
                .append("evidence", e.evidence()).append("reportedBy", e.reportedBy())
                .append("reportedAt", Date.from(m.getTimestamp())).append("status", TrancheStatus.REPORTED.name())
                .append(AppliedIndexWrites.FIELD, index));
        if (lead != null) {
            List<String> ids = new ArrayList<>(lead.getList("tranches", String.class, List.of()));
            if (!ids.contains(e.trancheId())) {
                ids.add(e.trancheId());
                lead.put("tranches", ids);
                leadDocuments.put(lead);
            }
        }
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
        trancheDocuments.apply(trancheId, AppliedIndexWrites.position(token), tranche -> tranche.put("status", status.name()));
    }

    @ResetHandler
    void reset() {
        trancheDocuments.clear();
        leadDocuments.clear();
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
