package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.ambassador.api.RewardApprovalRecordedEvent;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.TrancheReportedEvent;
import cn.jinghai.crm.lead.api.TrancheReversedEvent;
import cn.jinghai.crm.lead.api.TrancheVerifiedEvent;
import cn.jinghai.crm.target.api.UnitQuotaSetEvent;
import cn.jinghai.crm.target.api.YearTargetsSetEvent;
import cn.jinghai.crm.unit.api.UnitChangedEvent;
import cn.jinghai.crm.unit.api.UnitDefinedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import cn.jinghai.crm.projections.support.AppliedIndexWrites;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The ledger of figure-changing facts: one document per event that can change a target, a quota, a
 * unit's kind, a lead's owner or flags, a signing, or a tranche's standing, keyed by the event's
 * global index (so a redelivered event is inserted once) and stamped with when it was recorded.
 * Figures for any year as of any instant are folded from the records recorded up to that instant
 * ({@link FigureFold}); activities and other events never enter the ledger.
 */
@Component
@ProcessingGroup(FigureLedgerProjection.PROCESSING_GROUP)
public class FigureLedgerProjection {

    public static final String PROCESSING_GROUP = "figures";

    private final ReadModelDocuments recordDocuments;
    private final MongoCollection<Document> records;
    /** The year each reported tranche's funds arrived, by tranche id, for tagging the decisions on it. */
    private final ReadModelDocuments trancheYears;

    public FigureLedgerProjection(MongoDatabase database) {
        this.recordDocuments = new ReadModelDocuments(database, "figure_records");
        this.records = recordDocuments.collection();
        this.trancheYears = new ReadModelDocuments(database, "figure_tranche_years");
        records.createIndex(Indexes.ascending("at"));
        records.createIndex(Indexes.ascending("year", "at"));
    }

    @EventHandler
    void on(LeadRegisteredEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "LEAD", new Document("lead", e.leadId().value()).append("unit", e.unitCode())
                .append("beijing", e.beijing()).append("highTech", e.highTech()).append("referredBy", e.referredBy())
                .append("chain", e.industryChain()).append("channel", e.channel().name())
                .append("company", e.companyName()).append("project", e.projectName()));
    }

    @EventHandler
    void on(LeadDetailsChangedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "FLAGS", new Document("lead", e.leadId().value()).append("beijing", e.beijing())
                .append("highTech", e.highTech()).append("chain", e.industryChain()).append("channel", e.channel().name())
                .append("company", e.companyName()).append("project", e.projectName()));
    }

    @EventHandler
    void on(LeadReassignedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "REASSIGNED", new Document("lead", e.leadId().value()).append("unit", e.toUnit())
                .append("effective", e.effectiveDate().toString()));
    }

    @EventHandler
    void on(LeadStageMovedEvent e, EventMessage<?> m, TrackingToken t) {
        if (e.to().isSignedOrLater()) {
            insert(m, t, "SIGNED", new Document("lead", e.leadId().value()).append("date", e.date().toString()));
        }
    }

    @EventHandler
    void on(TrancheReportedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "TRANCHE", new Document("lead", e.leadId().value()).append("tranche", e.trancheId())
                .append("amountCny", e.amountCny().toString()).append("origin", e.origin().name())
                .append("arrival", e.arrivalDate().toString()).append("year", e.arrivalDate().getYear()));
        trancheYears.put(new Document("_id", e.trancheId()).append("year", e.arrivalDate().getYear()));
    }

    @EventHandler
    void on(TrancheVerifiedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "VERIFIED", decision(e.trancheId()));
    }

    @EventHandler
    void on(TrancheReversedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "REVERSED", decision(e.trancheId()));
    }

    @EventHandler
    void on(RewardApprovalRecordedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "REWARD", new Document("ambassador", e.ambassador()).append("year", e.year())
                .append("amountCny", e.amountCny().toString()));
    }

    @EventHandler
    void on(YearTargetsSetEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "TARGETS", new Document("year", e.year()).append("external", e.externalCapitalCny().toString())
                .append("sixParks", e.sixParksCny().toString()).append("beijingProjects", e.beijingProjects()));
    }

    @EventHandler
    void on(UnitQuotaSetEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "QUOTA", new Document("year", e.year()).append("unit", e.unitCode())
                .append("quota", e.quotaCny().toString()));
    }

    @EventHandler
    void on(UnitDefinedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "UNIT", new Document("unit", e.code()).append("kind", e.kind().name()).append("staff", e.staff())
                .append("dedicatedStaff", e.dedicatedStaff()));
    }

    @EventHandler
    void on(UnitChangedEvent e, EventMessage<?> m, TrackingToken t) {
        insert(m, t, "UNIT", new Document("unit", e.code()).append("kind", e.kind().name()).append("staff", e.staff())
                .append("dedicatedStaff", e.dedicatedStaff()));
    }

    @ResetHandler
    void reset() {
        recordDocuments.clear();
        trancheYears.clear();
    }

    /**
     * How many records the ledger holds. Records are only ever added (a rebuild restores the same ones),
     * so an unchanged count means unchanged figures, whichever instance wrote them.
     */
    long count() {
        return records.estimatedDocumentCount();
    }

    /**
     * A decision on a tranche, tagged with the year its funds arrived (from its TRANCHE record, always
     * recorded before any decision); without that record it stays untagged, so no year ever misses it.
     */
    private Document decision(String trancheId) {
        Document decision = new Document("tranche", trancheId);
        Document reported = trancheYears.find(trancheId);
        if (reported != null && reported.getInteger("year") != null) {
            decision.append("year", reported.getInteger("year"));
        }
        return decision;
    }

    /**
     * The records that can matter for {@code year}, recorded at or before {@code atOrBeforeMillis}:
     * that year's tranches, decisions, targets, quotas and rewards, and every record that belongs to no
     * year (leads, their flags, reassignments and signings; units). Other years' money stays unread.
     */
    List<Document> recordsFor(int year, long atOrBeforeMillis) {
        List<Document> result = new ArrayList<>();
        records.find(Filters.and(Filters.lte("at", atOrBeforeMillis),
                        Filters.or(Filters.eq("year", year), Filters.exists("year", false))))
                .sort(Sorts.ascending("_id")).forEach(result::add);
        return result;
    }

    /** Every record recorded at or before {@code atOrBeforeMillis}, in the order of the events. */
    List<Document> recordsUpTo(long atOrBeforeMillis) {
        List<Document> result = new ArrayList<>();
        records.find(Filters.lte("at", atOrBeforeMillis)).sort(Sorts.ascending("_id")).forEach(result::add);
        return result;
    }

    private void insert(EventMessage<?> message, TrackingToken token, String type, Document fields) {
        long index = AppliedIndexWrites.position(token);
        Document doc = new Document("_id", index).append("at", message.getTimestamp().toEpochMilli()).append("type", type);
        doc.putAll(fields);
        recordDocuments.put(doc); // the same content on a redelivery: written again, unchanged
    }
}
