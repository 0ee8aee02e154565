package cn.jinghai.crm.referral.application;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.referral.api.AcceptReferralCommand;
import cn.jinghai.crm.referral.api.DeclineReferralCommand;
import cn.jinghai.crm.referral.api.ReferralFacts;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;
import cn.jinghai.crm.referral.readmodel.FindMyReferralsQuery;
import cn.jinghai.crm.referral.readmodel.FindReferralsQuery;
import cn.jinghai.crm.referral.readmodel.MyReferral;
import cn.jinghai.crm.referral.readmodel.ReferralView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

/**
 * Referrals (大使推荐), for the API and the screens alike: an ambassador submits and follows their own;
 * the district office reads the inbox, accepts a referral into a lead of a unit or declines it. Who may
 * do what, and what is a duplicate, is the referral aggregate's rule.
 */
@Service
public class ReferralService {

    /** How long a referral just submitted is waited for in the ambassador's list (a read model, a moment behind). */
    private static final Duration LISTING_WAIT = Duration.ofSeconds(3);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TransactionTemplate transactions;
    private final IdempotentRequests idempotent;

    public ReferralService(CommandGateway commands, QueryGateway queries, TransactionTemplate transactions,
                           IdempotentRequests idempotent) {
        this.commands = commands;
        this.queries = queries;
        this.transactions = transactions;
        this.idempotent = idempotent;
    }

    /**
     * Submits a referral (once per idempotency key, when one is given); answers its id. Surrounding spaces
     * are dropped and blank texts count as missing, whichever adapter the referral came through.
     */
    public ReferralId submit(ReferralSubmission referral, String idempotencyKey) {
        return new ReferralId(idempotent.once(idempotencyKey, "/api/referrals", referral, () -> {
            ReferralId id = ReferralId.random();
            commands.sendAndWait(new SubmitReferralCommand(id, trimmed(referral.companyName()),
                    CreditCode.optional("creditCode", trimmed(referral.creditCode())), trimmed(referral.contact()),
                    trimmed(referral.notes()), referral.expectedInvestmentCny()));
            return id.value();
        }));
    }

    /** The signed-in ambassador's own referrals, newest first. */
    public List<MyReferral> mine() {
        return queries.query(new FindMyReferralsQuery(), ResponseTypes.multipleInstancesOf(MyReferral.class)).join();
    }

    /**
     * The ambassador's referrals once {@code submitted} shows among them: the list follows the events a
     * moment later, so a referral just sent is waited for (briefly) rather than missing.
     */
    public List<MyReferral> mineIncluding(ReferralId submitted) {
        long deadline = System.nanoTime() + LISTING_WAIT.toNanos();
        List<MyReferral> mine = mine();
        while (mine.stream().noneMatch(r -> r.id().equals(submitted.value())) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            mine = mine();
        }
        return mine;
    }

    /** The district office's inbox: referrals of {@code status} (all for null). */
    public List<ReferralView> inbox(ReferralStatus status) {
        return queries.query(new FindReferralsQuery(status), ResponseTypes.multipleInstancesOf(ReferralView.class)).join();
    }

    /**
     * Accepts the referral into a new lead: the acceptance and the lead's registration (channel 大使推荐,
     * linked to the ambassador, company from the referral) in one transaction, both or neither.
     */
    public LeadId accept(ReferralId referral, ReferralAcceptance acceptance) {
        LeadId leadId = LeadId.random();
        transactions.executeWithoutResult(status -> {
            ReferralFacts facts = commands.sendAndWait(new AcceptReferralCommand(referral, leadId, acceptance.unitCode()));
            commands.sendAndWait(new RegisterLeadCommand(leadId, facts.companyName(), facts.creditCode(),
                    acceptance.projectName(), acceptance.industryChain(), Channel.AMBASSADOR_REFERRAL,
                    acceptance.capitalOrigin(), acceptance.plannedInvestmentCny(),
                    Checks.required("beijing", acceptance.beijing()), Checks.required("highTech", acceptance.highTech()),
                    Checks.required("keyProject", acceptance.keyProject()), acceptance.unitCode(), referral.value(),
                    facts.ambassador()));
        });
        return leadId;
    }

    public void decline(ReferralId referral, String reason) {
        commands.sendAndWait(new DeclineReferralCommand(referral, reason));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
