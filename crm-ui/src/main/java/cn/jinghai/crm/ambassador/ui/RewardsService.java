package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.ambassador.api.RecordRewardApprovalCommand;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.platform.security.UserAccounts;
import cn.jinghai.crm.figures.readmodel.FigureLedgerProjection;
import cn.jinghai.crm.figures.readmodel.FindAmbassadorStandingQuery;
import cn.jinghai.crm.figures.readmodel.StandingView;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * Ambassadors' standing for a year and leadership's reward approvals, as {@code StandingController}
 * and {@code RewardController} do: the standing waits for complete figures (REBUILDING otherwise),
 * and the cap and every other check belong to the ambassador aggregate.
 */
@Service
public class RewardsService {

    /** An ambassador with their standing in the year. */
    public record AmbassadorStanding(String username, String displayName, StandingView standing) {
    }

    private final UserAccounts users;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Projections projections;

    public RewardsService(UserAccounts users, QueryGateway queries, CommandGateway commands, Projections projections) {
        this.users = users;
        this.queries = queries;
        this.commands = commands;
        this.projections = projections;
    }

    @RolesAllowed("DISTRICT_OFFICE")
    public List<AmbassadorStanding> standings(int year) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return users.list().stream().filter(u -> u.role() == Role.AMBASSADOR)
                .map(u -> new AmbassadorStanding(u.username(), u.displayName(), queries.query(
                        new FindAmbassadorStandingQuery(u.username(), year, null), StandingView.class).join()))
                .toList();
    }

    public void recordApproval(String ambassador, Integer year, CnyAmount amount, String approvedBy, String documentNo) {
        commands.sendAndWait(new RecordRewardApprovalCommand(ambassador, UUID.randomUUID().toString(), year, amount,
                approvedBy, documentNo));
    }
}
