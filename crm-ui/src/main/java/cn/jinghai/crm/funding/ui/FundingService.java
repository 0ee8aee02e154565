package cn.jinghai.crm.funding.ui;

import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RejectTrancheCommand;
import cn.jinghai.crm.lead.api.ReverseTrancheCommand;
import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.lead.api.VerifyTrancheCommand;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.funding.readmodel.FindTranchesQuery;
import cn.jinghai.crm.funding.readmodel.QueuedTranche;
import cn.jinghai.crm.unit.application.OfficeReference;
import cn.jinghai.crm.ui.support.CurrentUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The verification queue's service: the same query and commands as {@code TrancheQueueController}
 * and {@code TrancheController}. No version is sent (as a request without If-Match): the aggregate
 * decides on its current state, and a decision already taken is refused or a no-op there.
 */
@Service
public class FundingService {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OfficeReference reference;
    private final CurrentUser user;

    public FundingService(CommandGateway commands, QueryGateway queries, OfficeReference reference, CurrentUser user) {
        this.commands = commands;
        this.queries = queries;
        this.reference = reference;
        this.user = user;
    }

    /** Tranches of {@code status}, oldest report first, optionally of one unit. */
    public List<QueuedTranche> tranches(TrancheStatus status, String unitCode) {
        List<QueuedTranche> all = queries.query(new FindTranchesQuery(status),
                ResponseTypes.multipleInstancesOf(QueuedTranche.class)).join();
        return unitCode == null ? all : all.stream().filter(t -> unitCode.equals(t.unitCode())).toList();
    }

    public List<UnitView> units() {
        return reference.units();
    }

    /** Whether the signed-in user reported this tranche (and so may not decide it). */
    public boolean ownReport(QueuedTranche tranche) {
        return user.principal().map(p -> p.actor().username().equals(tranche.reportedBy())).orElse(false);
    }

    public void verify(QueuedTranche tranche) {
        commands.sendAndWait(new VerifyTrancheCommand(new LeadId(tranche.leadId()), null, tranche.trancheId()));
    }

    public void reject(QueuedTranche tranche, String reason) {
        commands.sendAndWait(new RejectTrancheCommand(new LeadId(tranche.leadId()), null, tranche.trancheId(), reason));
    }

    public void reverse(QueuedTranche tranche, String reason) {
        commands.sendAndWait(new ReverseTrancheCommand(new LeadId(tranche.leadId()), null, tranche.trancheId(), reason));
    }
}
