package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.figures.readmodel.FigureLedgerProjection;
import cn.jinghai.crm.figures.readmodel.FindAmbassadorStandingQuery;
import cn.jinghai.crm.figures.readmodel.StandingView;
import cn.jinghai.crm.referral.readmodel.FindMyReferralsQuery;
import cn.jinghai.crm.referral.readmodel.MyReferral;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.ui.support.CurrentUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;

/**
 * What the ambassador's page asks of the application: exactly what {@code ReferralController} and
 * {@code StandingController} do, the same commands and queries, checked where they are handled
 * (the signed-in ambassador is stamped on each message).
 */
@Service
public class AmbassadorService {

    private static final Duration LISTING_WAIT = Duration.ofSeconds(3);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Projections projections;
    private final CurrentUser user;

    public AmbassadorService(CommandGateway commands, QueryGateway queries, Projections projections, CurrentUser user) {
        this.commands = commands;
        this.queries = queries;
        this.projections = projections;
        this.user = user;
    }

    /** Submits the referral; a refusal of the domain is thrown as it is, for the page to show. */
    public ReferralId submit(ReferralDraft draft) {
        ReferralId id = ReferralId.random();
        commands.sendAndWait(ReferralCommands.submit(id, draft));
        return id;
    }

    /** The ambassador's own referrals, newest first. */
    public List<MyReferral> myReferrals() {
        return queries.query(new FindMyReferralsQuery(), ResponseTypes.multipleInstancesOf(MyReferral.class)).join();
    }

    /**
     * The referrals once {@code submitted} shows among them: the list is a read model that follows the
     * events a moment later, so a referral just sent is waited for (briefly) rather than missing.
     */
    public List<MyReferral> myReferralsIncluding(ReferralId submitted) {
        long deadline = System.nanoTime() + LISTING_WAIT.toNanos();
        List<MyReferral> mine = myReferrals();
        while (mine.stream().noneMatch(r -> r.id().equals(submitted.value())) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            mine = myReferrals();
        }
        return mine;
    }

    /** The ambassador's standing in {@code year}; refused with REBUILDING while the figures are incomplete. */
    public StandingView standing(int year) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return queries.query(new FindAmbassadorStandingQuery(user.actor().username(), year, null), StandingView.class).join();
    }
}
