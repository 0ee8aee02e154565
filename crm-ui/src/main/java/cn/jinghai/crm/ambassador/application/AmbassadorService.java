package cn.jinghai.crm.ambassador.application;

import cn.jinghai.crm.ambassador.api.AmbassadorDirectory;
import cn.jinghai.crm.ambassador.api.RecordRewardApprovalCommand;
import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.figures.readmodel.FindAmbassadorStandingQuery;
import cn.jinghai.crm.figures.readmodel.StandingView;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.security.UserAccounts;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * Ambassadors' reward standing and leadership's reward approvals, for the API, the ambassador's page
 * and the office's rewards page alike: the standing is a figure (verified funds of the referred leads,
 * the proposed and the approved rewards); the cap and every other rule of an approval are the
 * ambassador aggregate's.
 */
@Service
public class AmbassadorService {

    /** An ambassador with their standing in a year. */
    public record AmbassadorStanding(String username, String displayName, StandingView standing) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AmbassadorDirectory ambassadors;
    private final UserAccounts users;
    private final IdempotentRequests idempotent;

    public AmbassadorService(CommandGateway commands, QueryGateway queries, AmbassadorDirectory ambassadors,
                             UserAccounts users, IdempotentRequests idempotent) {
        this.commands = commands;
        this.queries = queries;
        this.ambassadors = ambassadors;
        this.users = users;
        this.idempotent = idempotent;
    }

    /**
     * An ambassador's standing in {@code year}: for the ambassador themself, the district office and
     * leadership (the query refuses anyone else); an unknown ambassador is not found.
     */
    public StandingView standing(String ambassador, int year) {
        StandingView standing = queries.query(new FindAmbassadorStandingQuery(ambassador, Checks.year("year", year), null),
                StandingView.class).join();
        if (!ambassadors.isAmbassador(ambassador)) {
            throw DomainException.notFound("error.ambassador.notFound");
        }
        return standing;
    }

    /** Every ambassador with their standing in {@code year} (the office's rewards page). */
    @RolesAllowed("DISTRICT_OFFICE")
    public List<AmbassadorStanding> standings(int year) {
        return users.list().stream().filter(u -> u.role() == Role.AMBASSADOR)
                .map(u -> new AmbassadorStanding(u.username(), u.displayName(), standing(u.username(), year)))
                .toList();
    }

    /** Records leadership's approval of a reward (once per idempotency key, when one is given); answers its id. */
    public String recordReward(String ambassador, RewardApproval approval, String idempotencyKey) {
        return idempotent.once(idempotencyKey, "/api/ambassadors/" + ambassador + "/rewards", approval, () -> {
            String rewardId = UUID.randomUUID().toString();
            commands.sendAndWait(new RecordRewardApprovalCommand(ambassador, rewardId, approval.year(),
                    approval.amountCny(), approval.approvedBy(), approval.documentNo()));
            return rewardId;
        });
    }
}
