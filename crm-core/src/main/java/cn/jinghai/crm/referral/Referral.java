package cn.jinghai.crm.referral;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.referral.api.AcceptReferralCommand;
import cn.jinghai.crm.referral.api.DeclineReferralCommand;
import cn.jinghai.crm.referral.api.ReferralAcceptedEvent;
import cn.jinghai.crm.referral.api.ReferralDeclinedEvent;
import cn.jinghai.crm.referral.api.ReferralFacts;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.ReferralRegistry;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.referral.api.ReferralSubmittedEvent;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A referral by an honorary investment ambassador (招商名誉大使). Submitted by the ambassador; a
 * company already known (a lead, or an earlier referral) makes it DUPLICATE at once, without telling
 * the ambassador which lead or referrer came first. The district office accepts or declines it.
 */
public class Referral {

    static final int NAME_MAX = 200;
    static final int CONTACT_MAX = 200;
    static final int NOTES_MAX = 4000;

    @AggregateIdentifier
    private ReferralId referralId;
    private String ambassador;
    private String companyName;
    private CreditCode creditCode;
    private ReferralStatus status;

    protected Referral() {
        // for Axon
    }

    @CommandHandler
    public Referral(SubmitReferralCommand command, MetaData metaData, ReferralRegistry registry) {
        Actor actor = Actor.from(metaData);
        if (!actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.referral.submit.role");
        }
        Checks.required("referralId", command.referralId());
        String company = Checks.text("companyName", command.companyName(), NAME_MAX);
        String contact = Checks.text("contact", command.contact(), CONTACT_MAX);
        String notes = Checks.lines("notes", command.notes(), NOTES_MAX);
        CnyAmount expected = command.expectedInvestmentCny();
        if (expected != null) {
            Checks.positive("expectedInvestmentCny", expected);
        }
        boolean duplicate = registry.alreadyKnown(command.creditCode(), company);
        apply(new ReferralSubmittedEvent(command.referralId(), actor.username(), company, command.creditCode(), contact,
                notes, expected, duplicate));
    }

    /**
     * Accepting is recorded with the lead registered for it, in the same transaction; only a SUBMITTED
     * referral can be accepted. Answers what the lead needs from the referral.
     */
    @CommandHandler
    public ReferralFacts handle(AcceptReferralCommand command, MetaData metaData) {
        requireOffice(metaData);
        Checks.required("leadId", command.leadId());
        String unit = Checks.code("unitCode", command.unitCode());
        requireSubmitted(ReferralStatus.ACCEPTED);
        apply(new ReferralAcceptedEvent(referralId, ambassador, command.leadId(), unit));
        return new ReferralFacts(companyName, creditCode, ambassador);
    }

    @CommandHandler
    public void handle(DeclineReferralCommand command, MetaData metaData) {
        requireOffice(metaData);
        String reason = Checks.lines("reason", command.reason(), NOTES_MAX);
        if (status == ReferralStatus.DECLINED) {
            return;
        }
        requireSubmitted(ReferralStatus.DECLINED);
        apply(new ReferralDeclinedEvent(referralId, reason));
    }

    private static void requireOffice(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.AMBASSADOR)) {
            throw DomainException.notFound("error.referral.notFound");
        }
        if (!actor.is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.referral.decide.role");
        }
    }

    private void requireSubmitted(ReferralStatus target) {
        if (status != ReferralStatus.SUBMITTED) {
            throw DomainException.illegalTransition(null, "error.referral.transition", status, target);
        }
    }

    @EventSourcingHandler
    void on(ReferralSubmittedEvent event) {
        referralId = event.referralId();
        ambassador = event.ambassador();
        companyName = event.companyName();
        creditCode = event.creditCode();
        status = event.duplicate() ? ReferralStatus.DUPLICATE : ReferralStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ReferralAcceptedEvent event) {
        status = ReferralStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReferralDeclinedEvent event) {
        status = ReferralStatus.DECLINED;
    }
}
