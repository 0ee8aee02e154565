package cn.jinghai.crm.referral.readmodel;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.projections.support.AppliedIndexWrites;
import cn.jinghai.crm.referral.api.ReferralAcceptedEvent;
import cn.jinghai.crm.referral.api.ReferralDeclinedEvent;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.referral.api.ReferralSubmittedEvent;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Referrals for their ambassadors and for the district office's inbox, with accepted leads' stages. */
@Component
@ProcessingGroup(ReferralProjection.PROCESSING_GROUP)
public class ReferralProjection {

    public static final String PROCESSING_GROUP = "referrals";

    private final MongoCollection<Document> referrals;

    public ReferralProjection(MongoDatabase database) {
        this.referrals = database.getCollection("referrals");
        referrals.createIndex(Indexes.ascending("ambassador"));
        referrals.createIndex(Indexes.ascending("status"));
        referrals.createIndex(Indexes.ascending("leadId"));
    }

    @EventHandler
    void on(ReferralSubmittedEvent event, EventMessage<?> message, TrackingToken token) {
        Document doc = new Document("_id", event.referralId().value())
                .append("ambassador", event.ambassador())
                .append("companyName", event.companyName())
                .append("creditCode", event.creditCode() == null ? null : event.creditCode().value())
                .append("contact", event.contact())
                .append("notes", event.notes())
                .append("expectedInvestmentCny", event.expectedInvestmentCny() == null ? null : event.expectedInvestmentCny().toString())
                .append("status", (event.duplicate() ? ReferralStatus.DUPLICATE : ReferralStatus.SUBMITTED).name())
                .append("submittedAt", Date.from(message.getTimestamp()))
                .append(AppliedIndexWrites.FIELD, AppliedIndexWrites.position(token));
        try {
            referrals.insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @EventHandler
    void on(ReferralAcceptedEvent event, TrackingToken token) {
        AppliedIndexWrites.update(referrals, event.referralId().value(), AppliedIndexWrites.position(token), List.of(
                Updates.set("status", ReferralStatus.ACCEPTED.name()),
                Updates.set("leadId", event.leadId().value()),
                Updates.set("unitCode", event.unitCode()),
                Updates.set("stage", Stage.LEAD.name())));
    }

    @EventHandler
    void on(ReferralDeclinedEvent event, TrackingToken token) {
        AppliedIndexWrites.update(referrals, event.referralId().value(), AppliedIndexWrites.position(token), List.of(
                Updates.set("status", ReferralStatus.DECLINED.name()),
                Updates.set("declineReason", event.reason())));
    }

    @EventHandler
    void on(LeadStageMovedEvent event, TrackingToken token) {
        Document referral = referrals.find(Filters.eq("leadId", event.leadId().value())).first();
        if (referral != null) {
            AppliedIndexWrites.update(referrals, referral.get("_id"), AppliedIndexWrites.position(token),
                    List.of(Updates.set("stage", event.to().name())));
        }
    }

    @ResetHandler
    void reset() {
        referrals.deleteMany(new Document());
    }

    @QueryHandler
    public List<MyReferral> handle(FindMyReferralsQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (!actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
        List<MyReferral> result = new ArrayList<>();
        referrals.find(Filters.eq("ambassador", actor.username())).sort(Sorts.descending("submittedAt"))
                .forEach(d -> result.add(new MyReferral(d.getString("_id"), d.getString("companyName"),
                        ReferralStatus.valueOf(d.getString("status")), d.getDate("submittedAt").toInstant(),
                        stage(d), d.getString("declineReason"))));
        return result;
    }

    @QueryHandler
    public List<ReferralView> handle(FindReferralsQuery query, MetaData metaData) {
        if (!Actor.from(metaData).is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.forbidden");
        }
        List<ReferralView> result = new ArrayList<>();
        var filter = query.status() == null ? new Document() : Filters.eq("status", query.status().name());
        referrals.find(filter).sort(Sorts.ascending("submittedAt")).forEach(d -> result.add(new ReferralView(
                d.getString("_id"), d.getString("ambassador"), d.getString("companyName"), d.getString("creditCode"),
                d.getString("contact"), d.getString("notes"), d.getString("expectedInvestmentCny"),
                ReferralStatus.valueOf(d.getString("status")), d.getDate("submittedAt").toInstant(),
                d.getString("leadId"), d.getString("unitCode"), stage(d), d.getString("declineReason"))));
        return result;
    }

    private static Stage stage(Document d) {
        String stage = d.getString("stage");
        return stage == null ? null : Stage.valueOf(stage);
    }

}
