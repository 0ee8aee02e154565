package cn.jinghai.crm.ui.office.referrals;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.projections.reference.ChainView;
import cn.jinghai.crm.projections.reference.UnitView;
import cn.jinghai.crm.projections.referrals.FindReferralsQuery;
import cn.jinghai.crm.projections.referrals.ReferralView;
import cn.jinghai.crm.referral.api.AcceptReferralCommand;
import cn.jinghai.crm.referral.api.DeclineReferralCommand;
import cn.jinghai.crm.referral.api.ReferralFacts;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.ui.office.OfficeReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/** The referral inbox's service: the same query and commands as {@code ReferralController}. */
@Service
public class ReferralInboxService {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TransactionTemplate transactions;
    private final OfficeReference reference;

    public ReferralInboxService(CommandGateway commands, QueryGateway queries, TransactionTemplate transactions,
                                OfficeReference reference) {
        this.commands = commands;
        this.queries = queries;
        this.transactions = transactions;
        this.reference = reference;
    }

    public List<ReferralView> inbox(ReferralStatus status) {
        return queries.query(new FindReferralsQuery(status), ResponseTypes.multipleInstancesOf(ReferralView.class)).join();
    }

    public List<UnitView> units() {
        return reference.units();
    }

    public List<ChainView> chains() {
        return reference.chains();
    }

    /** Accepts the referral and registers its lead in one transaction (both or neither); returns the lead's id. */
    public String accept(String referralId, AcceptForm form) {
        ReferralId id = new ReferralId(referralId);
        LeadId leadId = LeadId.random();
        transactions.executeWithoutResult(status -> {
            ReferralFacts facts = commands.sendAndWait(new AcceptReferralCommand(id, leadId, form.unitCode()));
            commands.sendAndWait(new RegisterLeadCommand(leadId, facts.companyName(), facts.creditCode(),
                    form.projectName(), form.industryChain(), Channel.AMBASSADOR_REFERRAL, form.capitalOrigin(),
                    form.plannedInvestmentCny(), Checks.required("beijing", form.beijing()),
                    Checks.required("highTech", form.highTech()), Checks.required("keyProject", form.keyProject()),
                    form.unitCode(), id.value(), facts.ambassador()));
        });
        return leadId.value();
    }

    public void decline(String referralId, String reason) {
        commands.sendAndWait(new DeclineReferralCommand(new ReferralId(referralId), reason));
    }
}
