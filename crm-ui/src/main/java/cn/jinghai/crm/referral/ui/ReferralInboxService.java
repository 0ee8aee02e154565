package cn.jinghai.crm.referral.ui;

import cn.jinghai.crm.referral.application.ReferralIntake;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.referral.readmodel.FindReferralsQuery;
import cn.jinghai.crm.referral.readmodel.ReferralView;
import cn.jinghai.crm.referral.api.DeclineReferralCommand;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.unit.application.OfficeReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;

/** The referral inbox's service: the same query and commands as {@code ReferralController}. */
@Service
public class ReferralInboxService {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReferralIntake intake;
    private final OfficeReference reference;

    public ReferralInboxService(CommandGateway commands, QueryGateway queries, ReferralIntake intake,
                                OfficeReference reference) {
        this.commands = commands;
        this.queries = queries;
        this.intake = intake;
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
        return intake.accept(new ReferralId(referralId), form.unitCode(), form.projectName(), form.industryChain(),
                form.capitalOrigin(), form.plannedInvestmentCny(), form.beijing(), form.highTech(), form.keyProject()).value();
    }

    public void decline(String referralId, String reason) {
        commands.sendAndWait(new DeclineReferralCommand(new ReferralId(referralId), reason));
    }
}
