package cn.jinghai.crm.referral.readmodel;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.projections.support.AppliedIndexWrites;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import cn.jinghai.crm.referral.api.ReferralAcceptedEvent;
import cn.jinghai.crm.referral.api.ReferralDeclinedEvent;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.referral.api.ReferralSubmittedEvent;
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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Referrals for their ambassadors and for the district office's inbox, with accepted leads' stages. */
@Component
@ProcessingGroup(ReferralProjection.PROCESSING_GROUP)
public class ReferralProjection {

    public static final String PROCESSING_GROUP = "referrals";

    private final ReadModelDocuments referralDocuments;
    /** The referral each accepted lead came from, by lead id, so a lead's stage reaches its referral by id. */
    private final ReadModelDocuments referralOfLead;
    private final MongoCollection<Document> referrals;

    public ReferralProjection(MongoDatabase database) {
        this.referralDocuments = new ReadModelDocuments(database, "referrals").keyedByAggregate();
        this.referralOfLead = new ReadModelDocuments(database, "referral_leads").keyedByAggregate();
        this.referrals = referralDocuments.collection();
        referrals.createIndex(Indexes.ascending("ambassador"));
        referrals.createIndex(Indexes.ascending("status"));
    }

    @EventHandler
    void on(ReferralSubmittedEvent event, EventMessage<?> message, TrackingToken token) {
        referralDocuments.insertIfAbsent(new Document("_id", event.referralId().value())
                .append("ambassador", event.ambassador())
                .append("companyName", event.companyName())
                .append("creditCode", event.creditCode() == null ? null : event.creditCode().value())
                .append("contact", event.contact())
                .append("notes", event.notes())
                .append("expectedInvestmentCny", event.expectedInvestmentCny() == null ? null : event.expectedInvestmentCny().toString())
                .append("status", (event.duplicate() ? ReferralStatus.DUPLICATE : ReferralStatus.SUBMITTED).name())
                .append("submittedAt", Date.from(message.getTimestamp()))
                .append(AppliedIndexWrites.FIELD, AppliedIndexWrites.position(token)));
    }

    @EventHandler
    void on(ReferralAcceptedEvent event, TrackingToken token) {
        referralOfLead.put(new Document("_id", event.leadId().value()).append("referral", event.referralId().value()));
        referralDocuments.apply(event.referralId().value(), AppliedIndexWrites.position(token), referral -> {
            referral.put("status", ReferralStatus.ACCEPTED.name());
            referral.put("leadId", event.leadId().value());
            referral.put("unitCode", event.unitCode());
            referral.put("stage", Stage.LEAD.name());
        });
    }

    @EventHandler
    void on(ReferralDeclinedEvent event, TrackingToken token) {
        referralDocuments.apply(event.referralId().value(), AppliedIndexWrites.position(token), referral -> {
            referral.put("status", ReferralStatus.DECLINED.name());
            referral.put("declineReason", event.reason());
        });
    }

    @EventHandler
    void on(LeadStageMovedEvent event, TrackingToken token) {
        Document link = referralOfLead.find(event.leadId().value());
        if (link != null) {
            referralDocuments.apply(link.getString("referral"), AppliedIndexWrites.position(token),
                    referral -> referral.put("stage", event.to().name()));
        }
    }

    @ResetHandler
    void reset() {
        referralDocuments.clear();
        referralOfLead.clear();
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
