package cn.jinghai.crm.relocation.readmodel;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CompanyNames;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.relocation.api.RelocationListImportedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowCreatedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowLinkedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowRejectedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists and their rows in {@code relocation_list} and {@code relocation_row}, and which unit works
 * each lead ({@code relocation_lead_unit}, to decide whose eyes may see a row's lead id). Every
 * write replaces a document by {@code _id} with the event's facts, so a redelivered event changes
 * nothing.
 */
@Component
@ProcessingGroup(RelocationListProjection.PROCESSING_GROUP)
public class RelocationListProjection {

    public static final String PROCESSING_GROUP = "relocation-lists";

    private final ReadModelDocuments listDocuments;
    private final ReadModelDocuments rowDocuments;
    private final ReadModelDocuments leadUnitDocuments;
    private final MongoCollection<Document> lists;
    private final MongoCollection<Document> rows;
    private final MongoCollection<Document> leadUnits;

    public RelocationListProjection(MongoDatabase database) {
        listDocuments = new ReadModelDocuments(database, "relocation_list");
        rowDocuments = new ReadModelDocuments(database, "relocation_row");
        leadUnitDocuments = new ReadModelDocuments(database, "relocation_lead_unit");
        lists = listDocuments.collection();
        rows = rowDocuments.collection();
        leadUnits = leadUnitDocuments.collection();
        rows.createIndex(Indexes.ascending("nameKey"));
        rows.createIndex(Indexes.ascending("creditCode"));
    }

    @EventHandler
    void on(RelocationListImportedEvent e, @Timestamp Instant at) {
        listDocuments.put(new Document("_id", e.listId().value())
                .append("fileName", e.fileName()).append("unitCode", e.unitCode()).append("rows", e.rows())
                .append("importedBy", e.importedBy()).append("importedAt", Date.from(at)));
    }

    @EventHandler
    void on(RelocationRowCreatedEvent e, @Timestamp Instant at) {
        row(e.rowId().value(), e.listId().value(), e.unitCode(), e.row(), "CREATED", e.companyName(),
                e.creditCode() == null ? null : e.creditCode().value(), e.leadId().value(), at);
    }

    @EventHandler
    void on(RelocationRowLinkedEvent e, @Timestamp Instant at) {
        row(e.rowId().value(), e.listId().value(), e.unitCode(), e.row(), "LINKED", e.companyName(),
                e.creditCode() == null ? null : e.creditCode().value(), e.leadId().value(), at);
    }

    @EventHandler
    void on(RelocationRowRejectedEvent e, @Timestamp Instant at) {
        row(e.rowId().value(), e.listId().value(), e.unitCode(), e.row(), "REJECTED", e.companyName(),
                CreditCode.isValid(e.rawCreditCode()) ? e.rawCreditCode() : null, null, at);
    }

    @EventHandler
    void on(LeadRegisteredEvent e) {
        leadUnitDocuments.put(new Document("_id", e.leadId().value()).append("unitCode", e.unitCode()));
    }

    @EventHandler
    void on(LeadReassignedEvent e) {
        leadUnitDocuments.put(new Document("_id", e.leadId().value()).append("unitCode", e.toUnit()));
    }

    private void row(String id, String listId, String unit, int row, String outcome, String company, String code,
                     String leadId, Instant at) {
        rowDocuments.put(new Document("_id", id).append("listId", listId).append("unitCode", unit)
                .append("row", row).append("outcome", outcome).append("companyName", company)
                .append("nameKey", company == null ? null : CompanyNames.normalise(company)).append("creditCode", code)
                .append("leadId", leadId).append("recordedAt", Date.from(at)));
    }

    @ResetHandler
    void reset() {
        listDocuments.clear();
        rowDocuments.clear();
        leadUnitDocuments.clear();
    }

    @QueryHandler
    public List<RelocationListing> handle(FindRelocationListingsQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
        List<Bson> filters = new ArrayList<>();
        if (query.company() != null && !query.company().isBlank()) {
            String typed = query.company().strip();
            String upper = typed.toUpperCase(java.util.Locale.ROOT);
            filters.add(CreditCode.isValid(upper) ? Filters.eq("creditCode", upper)
                    : Filters.eq("nameKey", CompanyNames.normalise(typed)));
        }
        if (query.asOf() != null) {
            filters.add(Filters.lte("recordedAt", Date.from(query.asOf())));
        }
        if (actor.is(Role.PARK_TEAM)) {
            filters.add(Filters.eq("unitCode", actor.unitCode()));
        }
        Map<String, Document> listCache = new HashMap<>();
        List<RelocationListing> result = new ArrayList<>();
        rows.find(filters.isEmpty() ? new Document() : Filters.and(filters)).sort(Sorts.ascending("recordedAt", "_id"))
                .limit(10_000).forEach(r -> {
                    Document list = listCache.computeIfAbsent(r.getString("listId"),
                            id -> lists.find(Filters.eq("_id", id)).first());
                    result.add(listing(r, list, visibleLead(actor, r.getString("leadId"))));
                });
        return result;
    }

    private String visibleLead(Actor actor, String leadId) {
        if (leadId == null || !actor.is(Role.PARK_TEAM)) {
            return leadId;
        }
        Document unit = leadUnits.find(Filters.eq("_id", leadId)).first();
        return unit != null && actor.unitCode().equals(unit.getString("unitCode")) ? leadId : null;
    }

    private static RelocationListing listing(Document row, Document list, String leadId) {
        return new RelocationListing(row.getString("listId"), list == null ? null : list.getString("fileName"),
                row.getString("unitCode"), list == null ? null : list.getString("importedBy"),
                list == null ? null : list.getDate("importedAt").toInstant(), row.getInteger("row"),
                row.getString("outcome"), row.getString("companyName"), row.getString("creditCode"), leadId,
                row.getDate("recordedAt").toInstant());
    }
}
