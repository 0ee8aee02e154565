package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityRecordedEvent;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import cn.jinghai.crm.projections.support.AppliedIndexWrites;
import cn.jinghai.crm.projections.support.InMemoryCopy;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lead list read model: one document per lead in {@code lead_summary}, written idempotently
 * through {@link AppliedIndexWrites}.
 */
@Component
@ProcessingGroup(LeadListProjection.PROCESSING_GROUP)
public class LeadListProjection {

    public static final String PROCESSING_GROUP = "lead-list";
    static final String COLLECTION = "lead_summary";

    private final LeadListIndex index = new LeadListIndex();
    private final ReadModelDocuments documents;
    private final MongoCollection<Document> leads;
    /** The list in memory, in its order: a page is found without the store scanning and sorting every lead. */
    private final InMemoryCopy copy;

    @Autowired
    public LeadListProjection(MongoDatabase database) {
        this(database, InMemoryCopy.FOLLOW_EVERY);
    }

    LeadListProjection(MongoDatabase database, Duration followEvery) {
        this.documents = new ReadModelDocuments(database, COLLECTION).keyedByAggregate();
        this.leads = documents.collection();
        leads.createIndex(Indexes.ascending("unitCode", "stage"));
        leads.createIndex(Indexes.ascending("stage"));
        leads.createIndex(Indexes.ascending("creditCode"), new IndexOptions().sparse(true));
        this.copy = new InMemoryCopy(database, documents, index, followEvery);
    }

    /** Records that the read model has applied event {@code index}. */
    private void applied(long index) {
        copy.applied(index);
    }

    @EventHandler
    void on(LeadRegisteredEvent event, TrackingToken token, @SequenceNumber long sequence) {
        documents.insertIfAbsent(new Document("_id", event.leadId().value())
                .append("companyName", event.companyName())
                .append("creditCode", event.creditCode() == null ? null : event.creditCode().value())
                .append("projectName", event.projectName())
                .append("industryChain", event.industryChain())
                .append("channel", event.channel().name())
                .append("capitalOrigin", event.capitalOrigin().name())
                .append("plannedInvestmentCny", event.plannedInvestmentCny().toString())
                .append("beijing", event.beijing())
                .append("highTech", event.highTech())
                .append("keyProject", event.keyProject())
                .append("unitCode", event.unitCode())
                .append("stage", Stage.LEAD.name())
                .append("registeredOn", event.registeredOn().toString())
                .append("version", sequence)
                .append(AppliedIndexWrites.FIELD, AppliedIndexWrites.position(token)));
        applied(AppliedIndexWrites.position(token));
    }

    @EventHandler
    void on(LeadStageMovedEvent event, TrackingToken token, @SequenceNumber long sequence) {
        applied(AppliedIndexWrites.position(token));
        documents.apply(event.leadId().value(), AppliedIndexWrites.position(token), lead -> {
            lead.put("stage", event.to().name());
            lead.put("stageDate", event.date().toString());
            lead.put("version", sequence);
            if (event.contractedCny() != null) {
                lead.put("contractedCny", event.contractedCny().toString());
            }
        });
    }

    @EventHandler
    void on(ActivityRecordedEvent event, TrackingToken token, @SequenceNumber long sequence) {
        applied(AppliedIndexWrites.position(token));
        documents.apply(event.leadId().value(), AppliedIndexWrites.position(token), lead -> {
            String last = lead.getString("lastActivityDate");
            if (last == null || last.compareTo(event.date().toString()) < 0) {
                lead.put("lastActivityDate", event.date().toString());
            }
            lead.put("version", sequence);
        });
    }

    @EventHandler
    void on(LeadDetailsChangedEvent event, TrackingToken token, @SequenceNumber long sequence) {
        applied(AppliedIndexWrites.position(token));
        documents.apply(event.leadId().value(), AppliedIndexWrites.position(token), lead -> {
            lead.put("companyName", event.companyName());
            lead.put("creditCode", event.creditCode() == null ? null : event.creditCode().value());
            lead.put("projectName", event.projectName());
            lead.put("industryChain", event.industryChain());
            lead.put("channel", event.channel().name());
            lead.put("capitalOrigin", event.capitalOrigin().name());
            lead.put("plannedInvestmentCny", event.plannedInvestmentCny().toString());
            lead.put("beijing", event.beijing());
            lead.put("highTech", event.highTech());
            lead.put("keyProject", event.keyProject());
            lead.put("contacts", contactDocuments(event.contacts()));
            lead.put("version", sequence);
        });
    }

    /** Contacts are kept for exports only; the list query never returns them (phones are personal data). */
    private static List<Document> contactDocuments(List<cn.jinghai.crm.lead.api.Contact> contacts) {
        List<Document> docs = new ArrayList<>();
        if (contacts != null) {
            contacts.forEach(c -> docs.add(new Document("name", c.name()).append("title", c.title()).append("phone", c.phone())));
        }
        return docs;
    }

    @EventHandler
    void on(LeadReassignedEvent event, TrackingToken token, @SequenceNumber long sequence) {
        applied(AppliedIndexWrites.position(token));
        documents.apply(event.leadId().value(), AppliedIndexWrites.position(token), lead -> {
            lead.put("unitCode", event.toUnit());
            lead.put("version", sequence);
        });
    }

    /** Any other event of a lead (tranches, for instance) still moves the lead's version on. */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
        if ("Lead".equals(message.getType())) {
            applied(AppliedIndexWrites.position(token));
            documents.apply(message.getAggregateIdentifier(), AppliedIndexWrites.position(token),
                    lead -> lead.put("version", message.getSequenceNumber()));
        }
    }

    @ResetHandler
    void reset() {
        copy.reset();
    }

    @QueryHandler
    public LeadPage handle(FindLeadsQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (scopedFilter(actor, query.unit(), query.stage(), query.q()) == null) {
            return new LeadPage(List.of(), query.page(), query.size(), 0);
        }
        copy.follow();
        String unit = actor.is(Role.PARK_TEAM) ? actor.unitCode() : query.unit();
        return index.page(unit, query.stage(), query.q(), query.page(), query.size());
    }

    /**
     * The filter of the leads {@code actor} may see, narrowed by unit, stage and search text; null when
     * a park team asks for another unit (nothing to see). Ambassadors see no lead list at all.
     */
    static Bson scopedFilter(Actor actor, String unit, Stage stage, String q) {
        List<Bson> filters = new ArrayList<>();
        if (actor.is(Role.PARK_TEAM)) {
            if (unit != null && !unit.equals(actor.unitCode())) {
                return null;
            }
            filters.add(Filters.eq("unitCode", actor.unitCode()));
        } else if (actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        } else if (unit != null) {
            filters.add(Filters.eq("unitCode", unit));
        }
        if (stage != null) {
            filters.add(Filters.eq("stage", stage.name()));
        }
        if (q != null && !q.isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(q.strip()), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("companyName", contains), Filters.regex("projectName", contains),
                    Filters.regex("creditCode", contains)));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    static LeadSummary toSummary(Document d) {
        String stageDate = d.getString("stageDate");
        return new LeadSummary(d.getString("_id"), d.getString("companyName"), d.getString("creditCode"),
                d.getString("projectName"), d.getString("industryChain"),
                Channel.valueOf(d.getString("channel")), CapitalOrigin.valueOf(d.getString("capitalOrigin")),
                d.getString("plannedInvestmentCny"), d.getBoolean("beijing", false), d.getBoolean("highTech", false),
                d.getBoolean("keyProject", false), d.getString("unitCode"), Stage.valueOf(d.getString("stage")),
                stageDate == null ? null : LocalDate.parse(stageDate), d.getString("contractedCny"),
                LocalDate.parse(d.getString("registeredOn")), date(d.getString("lastActivityDate")),
                d.get("version", Number.class).longValue());
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

}
