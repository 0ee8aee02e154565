package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.readmodel.detail.PhoneMask;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The lead list for exports (GET /api/leads/export, the monthly report's key projects): same scope and filters as the list. */
@Component
public class LeadExportQueries {

    private final MongoCollection<Document> leads;

    public LeadExportQueries(MongoDatabase database) {
        this.leads = database.getCollection(LeadListProjection.COLLECTION);
    }

    @QueryHandler
    public List<LeadExportRow> handle(FindLeadsForExportQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Bson filter = LeadListProjection.scopedFilter(actor, query.unit(), query.stage(), query.q());
        if (filter == null) {
            return List.of();
        }
        if (query.keyProjectsOnly()) {
            filter = Filters.and(filter, Filters.eq("keyProject", true));
        }
        if (leads.countDocuments(filter) > query.max()) {
            throw DomainException.invalid(null, "error.export.tooMany", query.max());
        }
        List<LeadExportRow> rows = new ArrayList<>();
        leads.find(filter).sort(Sorts.ascending("registeredOn", "_id")).forEach(d -> {
            LeadSummary lead = LeadListProjection.toSummary(d);
            boolean works = actor.mayWorkLeadOf(lead.unitCode());
            List<Contact> contacts = new ArrayList<>();
            for (Document c : d.getList("contacts", Document.class, List.of())) {
                String phone = c.getString("phone");
                contacts.add(new Contact(c.getString("name"), c.getString("title"), works ? phone : PhoneMask.mask(phone)));
            }
            rows.add(new LeadExportRow(lead, contacts));
        });
        return rows;
    }
}
