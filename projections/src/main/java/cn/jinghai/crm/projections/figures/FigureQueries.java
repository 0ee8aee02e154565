package cn.jinghai.crm.projections.figures;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Progress and ranking, for every staff role ("rankings and totals are visible to all staff"), now
 * or as of a past instant: only records recorded up to that instant are applied.
 */
@Component
public class FigureQueries {

    private final FigureLedgerProjection ledger;

    public FigureQueries(FigureLedgerProjection ledger) {
        this.ledger = ledger;
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
