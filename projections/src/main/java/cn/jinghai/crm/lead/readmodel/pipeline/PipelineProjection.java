package cn.jinghai.crm.lead.readmodel.pipeline;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.BusinessTime;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityRecordedEvent;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.projections.support.AppliedIndexWrites;
import cn.jinghai.crm.projections.support.InMemoryCopy;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The pipeline read model: one document per lead ({@code pipeline_leads}) and running totals per
 * scope ({@code pipeline_totals}: {@code ALL} and {@code UNIT:<code>}), so the dashboard reads a
 * handful of documents, not every lead. Each event first updates the totals (from the lead's state
 * before the event), then the lead; every document records the last event it applied, so a crash
 * between the writes, or a redelivery, never counts twice.
 */
@Component
@ProcessingGroup(PipelineProjection.PROCESSING_GROUP)
public class PipelineProjection {

    public static final String PROCESSING_GROUP = "pipeline";
    static final int STALLED_DAYS = 30;
    private static final String ALL = "ALL";

    private final ReadModelDocuments leadDocuments;
    private final ReadModelDocuments totalDocuments;
    private final MongoCollection<Document> leads;
    private final MongoCollection<Document> totals;
    private final Clock clock;
    private final PipelineWatch watch = new PipelineWatch();
    /** The leads that can be stalled or overdue, in memory: the lists need no scan of every lead. */
    private final InMemoryCopy watchCopy;

    @Autowired
    public PipelineProjection(MongoDatabase database, Clock clock) {
        this(database, clock, InMemoryCopy.FOLLOW_EVERY);
    }

    PipelineProjection(MongoDatabase database, Clock clock, Duration followEvery) {
        this.leadDocuments = new ReadModelDocuments(database, "pipeline_leads").keyedByAggregate();
        // the totals follow from a lead's state before each event: written before the leads (ReadModelBatch)
        this.totalDocuments = new ReadModelDocuments(database, "pipeline_totals").writtenFirst();
        this.leads = leadDocuments.collection();
        this.totals = totalDocuments.collection();
        this.clock = clock;
        this.watchCopy = new InMemoryCopy(database, leadDocuments, watch, followEvery);
    }

    @EventHandler
    void on(LeadRegisteredEvent e, TrackingToken t) {
        Document lead = new Document("_id", e.leadId().value()).append("unit", e.unitCode())
                .append("chain", e.industryChain()).append("channel", e.channel().name())
                .append("stage", Stage.LEAD.name()).append("stageSince", e.registeredOn().toString())
                .append("plannedFen", fen(e.plannedInvestmentCny())).append("contractedFen", 0L)
                .append("keyProject", e.keyProject()).append("company", e.companyName()).append("project", e.projectName())
                .append("registeredOn", e.registeredOn().toString()).append("maxMain", 0);
        change(null, lead, t, doc -> PipelineTotals.reached(doc, Stage.LEAD.name()));
    }

    @EventHandler
    void on(LeadDetailsChangedEvent e, TrackingToken t) {
        withLead(e.leadId().value(), t, old -> {
            Document next = copy(old).append("chain", e.industryChain()).append("channel", e.channel().name())
                    .append("plannedFen", fen(e.plannedInvestmentCny())).append("keyProject", e.keyProject())
                    .append("company", e.companyName()).append("project", e.projectName());
            change(old, next, t, doc -> { });
        });
    }

    @EventHandler
    void on(LeadReassignedEvent e, TrackingToken t) {
        withLead(e.leadId().value(), t, old -> change(old, copy(old).append("unit", e.toUnit()), t, doc -> { }));
    }

    @EventHandler
    void on(LeadStageMovedEvent e, TrackingToken t) {
        withLead(e.leadId().value(), t, old -> {
            Document next = copy(old).append("stage", e.to().name()).append("stageSince", e.date().toString());
            if (e.contractedCny() != null) {
                next.append("contractedFen", fen(e.contractedCny()));
            }
            int maxMain = old.getInteger("maxMain", 0);
            if (e.to().isMainLine() && e.to().order() > maxMain) {
                next.append("maxMain", e.to().order());
            }
            long days = Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(old.getString("stageSince")), e.date()));
            change(old, next, t, doc -> {
                PipelineTotals.spent(doc, old.getString("stage"), days);
                for (Stage stage : Stage.values()) {
                    if (stage.isMainLine() && stage.order() > maxMain && stage.order() <= e.to().order() && e.to().isMainLine()) {
                        PipelineTotals.reached(doc, stage.name());
                    }
                }
            });
        });
    }

    @EventHandler
    void on(ActivityRecordedEvent e, TrackingToken t) {
        withLead(e.leadId().value(), t, old -> {
            String last = old.getString("lastActivity");
            if (last != null && LocalDate.parse(last).isAfter(e.date())) {
                writeLead(copy(old), t); // an older activity entered late: the latest one stands
                return;
            }
            writeLead(copy(old).append("lastActivity", e.date().toString()).append("nextStep", e.nextStep())
                    .append("nextStepDate", e.nextStepDate() == null ? null : e.nextStepDate().toString()), t);
        });
    }

    @ResetHandler
    void reset() {
        watchCopy.reset();
        totalDocuments.clear();
    }

    private void withLead(String id, TrackingToken token, Consumer<Document> action) {
        Document old = leadDocuments.find(id);
        if (old != null && !AppliedIndexWrites.alreadyApplied(old, AppliedIndexWrites.position(token))) {
            action.accept(old);
        }
    }

    /** Moves a lead's contribution from its old state to its new one in every affected scope, then writes the lead. */
    private void change(Document old, Document next, TrackingToken token, Consumer<Document> extra) {
        long index = AppliedIndexWrites.position(token);
        Set<String> scopes = new java.util.LinkedHashSet<>(List.of(ALL, "UNIT:" + next.getString("unit")));
        if (old != null) {
            scopes.add("UNIT:" + old.getString("unit"));
        }
        for (String scope : scopes) {
            Document doc = totalDocuments.find(scope);
            if (doc == null) {
                doc = new Document("_id", scope);
            } else if (AppliedIndexWrites.alreadyApplied(doc, index)) {
                continue;
            }
            if (old != null && scope.equals(ALL) || old != null && scope.equals("UNIT:" + old.getString("unit"))) {
                PipelineTotals.add(doc, contribution(old), -1);
            }
            if (scope.equals(ALL) || scope.equals("UNIT:" + next.getString("unit"))) {
                PipelineTotals.add(doc, contribution(next), +1);
                extra.accept(doc);
            }
            doc.put(AppliedIndexWrites.FIELD, index);
            totalDocuments.put(doc);
        }
        writeLead(next, token);
    }

    private void writeLead(Document lead, TrackingToken token) {
        lead.put(AppliedIndexWrites.FIELD, AppliedIndexWrites.position(token));
        leadDocuments.put(lead);
        watchCopy.applied(AppliedIndexWrites.position(token));
    }

    private static PipelineTotals.Contribution contribution(Document lead) {
        return new PipelineTotals.Contribution(lead.getString("stage"), lead.getString("unit"), lead.getString("chain"),
                lead.getString("channel"), lead.get("plannedFen", 0L), lead.get("contractedFen", 0L));
    }

    @QueryHandler
    public PipelineView handle(FindPipelineQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
        String unit = actor.is(Role.PARK_TEAM) ? actor.unitCode() : query.unit();
        Document doc = totals.find(Filters.eq("_id", unit == null ? ALL : "UNIT:" + unit)).first();
        if (doc == null) {
            doc = new Document();
        }
        watchCopy.follow();
        LocalDate today = BusinessTime.today(clock);
        List<PipelineView.StalledLead> stalled = watch.stalled(unit, today, STALLED_DAYS);
        List<PipelineView.OverdueStep> overdue = watch.overdue(unit, today);
        return new PipelineView(buckets(doc, "stage"), buckets(doc, "unit"), buckets(doc, "chain"), buckets(doc, "channel"),
                funnel(doc), averages(doc), stalled, overdue);
    }

    private static Map<String, PipelineView.Bucket> buckets(Document doc, String dimension) {
        Map<String, PipelineView.Bucket> result = new TreeMap<>();
        Document map = doc.get(dimension, Document.class);
        if (map != null) {
            map.forEach((key, value) -> {
                Document b = (Document) value;
                result.put(key, new PipelineView.Bucket(b.get("count", Number.class).longValue(),
                        yuan(b.get("plannedFen", Number.class).longValue()), yuan(b.get("contractedFen", Number.class).longValue())));
            });
        }
        return result;
    }

    private static Map<String, Long> funnel(Document doc) {
        Map<String, Long> result = new LinkedHashMap<>();
        Document funnel = doc.get("funnel", Document.class);
        for (Stage stage : Stage.values()) {
            if (stage.isMainLine()) {
                result.put(stage.name(), funnel == null || funnel.get(stage.name()) == null ? 0L
                        : funnel.get(stage.name(), Number.class).longValue());
            }
        }
        return result;
    }

    private static Map<String, BigDecimal> averages(Document doc) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        Document time = doc.get("timeInStage", Document.class);
        if (time != null) {
            time.forEach((stage, value) -> {
                Document d = (Document) value;
                long intervals = d.get("intervals", Number.class).longValue();
                result.put(stage, BigDecimal.valueOf(d.get("days", Number.class).longValue())
                        .divide(BigDecimal.valueOf(intervals), 1, RoundingMode.HALF_UP));
            });
        }
        return result;
    }

    private static Document copy(Document lead) {
        return new Document(lead);
    }

    private static long fen(CnyAmount amount) {
        return amount.value().movePointRight(2).longValueExact();
    }

    private static CnyAmount yuan(long fen) {
        return new CnyAmount(BigDecimal.valueOf(fen, 2));
    }

}
