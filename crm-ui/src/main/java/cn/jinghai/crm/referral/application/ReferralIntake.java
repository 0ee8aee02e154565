package cn.jinghai.crm.referral.application;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.referral.api.AcceptReferralCommand;
import cn.jinghai.crm.referral.api.ReferralFacts;
import cn.jinghai.crm.referral.api.ReferralId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepting a referral: the referral's acceptance and its lead's registration (channel 大使推荐,
 * linked to the ambassador, company from the referral) in one transaction, both or neither. One
 * place for the API's {@code POST /api/referrals/{id}/accept} and the office's inbox screen.
 */
@Component
public class ReferralIntake {

    private final CommandGateway commands;
    private final TransactionTemplate transactions;

    public ReferralIntake(CommandGateway commands, TransactionTemplate transactions) {
        this.commands = commands;
        this.transactions = transactions;
    }

    /** Accepts the referral into a new lead of {@code unitCode}; answers the lead's id. */
    public LeadId accept(ReferralId referral, String unitCode, String projectName, String industryChain,
                         CapitalOrigin capitalOrigin, CnyAmount plannedInvestmentCny, Boolean beijing, Boolean highTech,
                         Boolean keyProject) {
        LeadId leadId = LeadId.random();
        transactions.executeWithoutResult(status -> {
            ReferralFacts facts = commands.sendAndWait(new AcceptReferralCommand(referral, leadId, unitCode));
            commands.sendAndWait(new RegisterLeadCommand(leadId, facts.companyName(), facts.creditCode(),
                    projectName, industryChain, Channel.AMBASSADOR_REFERRAL, capitalOrigin, plannedInvestmentCny,
                    Checks.required("beijing", beijing), Checks.required("highTech", highTech),
                    Checks.required("keyProject", keyProject), unitCode, referral.value(), facts.ambassador()));
        });
        return leadId;
    }
}
