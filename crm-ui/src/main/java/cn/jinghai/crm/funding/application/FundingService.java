package cn.jinghai.crm.funding.application;

import cn.jinghai.crm.common.api.ForeignAmount;
import cn.jinghai.crm.funding.readmodel.FindTranchesQuery;
import cn.jinghai.crm.funding.readmodel.QueuedTranche;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RejectTrancheCommand;
import cn.jinghai.crm.lead.api.ReportTrancheCommand;
import cn.jinghai.crm.lead.api.ReverseTrancheCommand;
import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.lead.api.VerifyTrancheCommand;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * Funding (资金到位) as users work it, for the API and the screens alike: a lead's unit reports a tranche,
 * the district office verifies, rejects or reverses it, and the office's queue lists what waits. That
 * nobody decides a tranche they reported, and who may do what, is the lead aggregate's rule.
 */
@Service
public class FundingService {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotentRequests idempotent;

    public FundingService(CommandGateway commands, QueryGateway queries, IdempotentRequests idempotent) {
        this.commands = commands;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    /** Reports a tranche on a lead (once per idempotency key, when one is given); answers the tranche's id. */
    public String report(LeadId lead, Long expectedVersion, TrancheReport report, String idempotencyKey) {
        return idempotent.once(idempotencyKey, "/api/leads/" + lead + "/tranches", report, () -> {
            ForeignAmount amount = ForeignAmount.of(report.amount(), report.currency(), report.rateToCny());
            return commands.sendAndWait(new ReportTrancheCommand(lead, expectedVersion, UUID.randomUUID().toString(),
                    amount, report.origin(), report.arrivalDate(), report.evidence()));
        });
    }

    /** Verifies a reported tranche; answers the lead's new version. */
    public long verify(LeadId lead, Long expectedVersion, String trancheId) {
        return commands.sendAndWait(new VerifyTrancheCommand(lead, expectedVersion, trancheId));
    }

    public long reject(LeadId lead, Long expectedVersion, String trancheId, String reason) {
        return commands.sendAndWait(new RejectTrancheCommand(lead, expectedVersion, trancheId, reason));
    }

    public long reverse(LeadId lead, Long expectedVersion, String trancheId, String reason) {
        return commands.sendAndWait(new ReverseTrancheCommand(lead, expectedVersion, trancheId, reason));
    }

    /** The tranches of {@code status} (the verification queue: REPORTED), oldest report first, optionally of one unit. */
    public List<QueuedTranche> queue(TrancheStatus status, String unitCode) {
        List<QueuedTranche> all = queries.query(new FindTranchesQuery(status),
                ResponseTypes.multipleInstancesOf(QueuedTranche.class)).join();
        return unitCode == null ? all : all.stream().filter(t -> unitCode.equals(t.unitCode())).toList();
    }
}
