package cn.jinghai.crm.unit.readmodel;

import cn.jinghai.crm.chain.api.IndustryChainDefinedEvent;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.projections.support.AppliedIndexWrites;
import cn.jinghai.crm.unit.api.UnitChangedEvent;
import cn.jinghai.crm.unit.api.UnitDefinedEvent;
import cn.jinghai.crm.unit.api.UnitKind;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Units and industry chains as every staff member reads them. Small collections: each document is
 * replaced whole by the newest event, unless it has already seen a later one.
 */
@Component
@ProcessingGroup(ReferenceDataProjection.PROCESSING_GROUP)
public class ReferenceDataProjection {

    public static final String PROCESSING_GROUP = "reference-data";

    private final ReadModelDocuments unitDocuments;
    private final ReadModelDocuments chainDocuments;
    private final MongoCollection<Document> units;
    private final MongoCollection<Document> chains;

    public ReferenceDataProjection(MongoDatabase database) {
        this.unitDocuments = new ReadModelDocuments(database, "units");
        this.chainDocuments = new ReadModelDocuments(database, "industry_chains");
        this.units = unitDocuments.collection();
        this.chains = chainDocuments.collection();
    }

    @EventHandler
    void on(UnitDefinedEvent event, TrackingToken token) {
        writeUnit(event.code(), event.name(), event.kind(), event.staff(), event.dedicatedStaff(), token);
    }

    @EventHandler
    void on(UnitChangedEvent event, TrackingToken token) {
        writeUnit(event.code(), event.name(), event.kind(), event.staff(), event.dedicatedStaff(), token);
    }

    @EventHandler
    void on(IndustryChainDefinedEvent event, TrackingToken token) {
        long index = AppliedIndexWrites.position(token);
        Document current = chainDocuments.find(event.code());
        if (current != null && AppliedIndexWrites.alreadyApplied(current, index)) {
            return;
        }
        long order = current == null ? index : current.get("order", Number.class).longValue();
        chainDocuments.put(new Document("_id", event.code()).append("name", event.name())
                .append("order", order).append(AppliedIndexWrites.FIELD, index));
    }

    private void writeUnit(String code, String name, UnitKind kind, int staff, int dedicated, TrackingToken token) {
        long index = AppliedIndexWrites.position(token);
        Document current = unitDocuments.find(code);
        if (current != null && AppliedIndexWrites.alreadyApplied(current, index)) {
            return;
        }
        unitDocuments.put(new Document("_id", code).append("name", name).append("kind", kind.name())
                .append("staff", staff).append("dedicatedStaff", dedicated).append(AppliedIndexWrites.FIELD, index));
    }

    @ResetHandler
    void reset() {
        unitDocuments.clear();
        chainDocuments.clear();
    }

    @QueryHandler
    public List<UnitView> handle(FindUnitsQuery query, MetaData metaData) {
        requireStaff(metaData);
        List<UnitView> result = new ArrayList<>();
        units.find().forEach(d -> result.add(new UnitView(d.getString("_id"), d.getString("name"),
                UnitKind.valueOf(d.getString("kind")), d.getInteger("staff"), d.getInteger("dedicatedStaff"))));
        result.sort(Comparator.comparing(UnitView::kind).thenComparing(UnitView::code));
        return result;
    }

    @QueryHandler
    public List<ChainView> handle(FindIndustryChainsQuery query, MetaData metaData) {
        requireStaff(metaData);
        List<Document> docs = new ArrayList<>();
        chains.find().forEach(docs::add);
        docs.sort(Comparator.comparing(d -> d.get("order", Number.class).longValue()));
        return docs.stream().map(d -> new ChainView(d.getString("_id"), d.getString("name"))).toList();
    }

    private static void requireStaff(MetaData metaData) {
        if (Actor.from(metaData).is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
    }

}
