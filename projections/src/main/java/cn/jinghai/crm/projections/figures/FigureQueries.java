package cn.jinghai.crm.projections.figures;

import cn.jinghai.crm.ambassador.api.RewardRules;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

import java.util.List;

/**
 * Progress and ranking, for every staff role ("rankings and totals are visible to all staff"), now
 * or as of a past instant: only records recorded up to that instant are applied.
 */
@Component
public class FigureQueries {

    private final FigureLedgerProjection ledger;
    private final BigDecimal rewardShare;

    public FigureQueries(FigureLedgerProjection ledger,
                         @Value("${crm.ambassador.reward-share:0.005}") BigDecimal rewardShare) {
        this.ledger = ledger;
        this.rewardShare = rewardShare;
    }

    /**
     * The ambassador themself, the district office and leadership may ask; to any other ambassador
     * the standing does not exist, and park teams may not ask.
     */
    @QueryHandler
    public StandingView handle(FindAmbassadorStandingQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.AMBASSADOR) && !actor.username().equals(query.ambassador())) {
            throw DomainException.notFound("error.ambassador.notFound");
        }
        if (actor.is(Role.PARK_TEAM)) {
            throw DomainException.forbidden("error.forbidden");
        }
        return fold(query.asOf()).standing(query.ambassador(), query.year(), rewardShare, RewardRules.CAP_PER_YEAR);
    }

    @QueryHandler
    public ProgressView handle(FindProgressQuery query, MetaData metaData) {
        requireStaff(metaData);
        return fold(query.asOf()).progress(query.year());
    }

    @QueryHandler
    public List<RankingRow> handle(FindRankingQuery query, MetaData metaData) {
        requireStaff(metaData);
        return fold(query.asOf()).ranking(query.year());
    }

    private FigureFold fold(java.time.Instant asOf) {
        return FigureFold.of(ledger.recordsUpTo(asOf == null ? Long.MAX_VALUE : asOf.toEpochMilli()));
    }

    private static void requireStaff(MetaData metaData) {
        if (Actor.from(metaData).is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
    }
}
