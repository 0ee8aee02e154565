package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.ambassador.api.RewardRules;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.BusinessTime;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
        return fold(query.year(), query.asOf()).standing(query.ambassador(), query.year(), rewardShare,
                RewardRules.CAP_PER_YEAR);
    }

    @QueryHandler
    public ProgressView handle(FindProgressQuery query, MetaData metaData) {
        requireStaff(metaData);
        return fold(query.year(), query.asOf()).progress(query.year());
    }

    @QueryHandler
    public List<RankingRow> handle(FindRankingQuery query, MetaData metaData) {
        requireStaff(metaData);
        return fold(query.year(), query.asOf()).ranking(query.year());
    }

    @QueryHandler
    public BreakdownView handle(FindBreakdownQuery query, MetaData metaData) {
        requireStaff(metaData);
        FigureFold fold = fold(query.year(), query.asOf());
        LocalDate end = LocalDate.of(query.year(), 12, 31);
        return new BreakdownView(query.year(), fold.creditedBy(query.year(), end, FigureFold.Key.UNIT),
                fold.creditedBy(query.year(), end, FigureFold.Key.CHAIN),
                fold.creditedBy(query.year(), end, FigureFold.Key.CHANNEL),
                fold.creditedBy(query.year(), end, FigureFold.Key.MONTH));
    }

    @QueryHandler
    public List<ContributionView> handle(FindContributionsQuery query, MetaData metaData) {
        Actor actor = requireStaff(metaData);
        FigureFold.Key key = query.by() == null ? null : FigureFold.Key.valueOf(query.by());
        return fold(query.year(), query.asOf()).contributions(query.year(), key, query.group(), query.sixParksOnly())
                .stream().filter(c -> seesLeadsOf(actor, c.ownerUnit())).toList();
    }

    @QueryHandler
    public List<BeijingProjectView> handle(FindBeijingProjectsQuery query, MetaData metaData) {
        Actor actor = requireStaff(metaData);
        return fold(query.year(), query.asOf()).beijingProjects(query.year()).stream()
                .filter(p -> seesLeadsOf(actor, p.ownerUnit())).toList();
    }

    /** Totals are for all staff; the leads behind them only for those who may see those leads. */
    private static boolean seesLeadsOf(Actor actor, String ownerUnit) {
        return !actor.is(Role.PARK_TEAM) || ownerUnit.equals(actor.unitCode());
    }

    /**
     * Replays the records after the month end one by one on top of the state at the month end, and
     * keeps those that moved a figure: the explanation of "reported then" versus "known now".
     */
    @QueryHandler
    public RestatementView handle(FindRestatementQuery query, MetaData metaData) {
        Actor actor = requireStaff(metaData);
        // a park team sees the district's totals and its own unit's changes, never another unit's records
        String onlyUnit = actor.is(Role.PARK_TEAM) ? actor.unitCode() : null;
        int year = query.month().getYear();
        LocalDate through = query.month().atEndOfMonth();
        Instant monthEnd = through.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minusMillis(1);
        List<Document> all = ledger.recordsFor(year, Long.MAX_VALUE);
        FigureFold fold = new FigureFold();
        List<Document> later = new ArrayList<>();
        for (Document record : all) {
            if (record.getLong("at") <= monthEnd.toEpochMilli()) {
                fold.apply(record);
            } else {
                later.add(record);
            }
        }
        FigureFold.Totals reported = fold.totals(year, through);
        FigureFold.Totals previous = reported;
        List<RestatementView.Change> changes = new ArrayList<>();
        for (Document record : later) {
            fold.apply(record);
            FigureFold.Totals current = fold.totals(year, through);
            if (!current.equals(previous) && (onlyUnit == null || fold.concerns(record, onlyUnit))) {
                changes.add(new RestatementView.Change(record.getString("type"), Instant.ofEpochMilli(record.getLong("at")),
                        record.getString("lead"), record.getString("tranche"),
                        current.externalCny().minus(previous.externalCny()),
                        current.sixParksCny().minus(previous.sixParksCny()),
                        current.beijingProjects() - previous.beijingProjects()));
            }
            previous = current;
        }
        return new RestatementView(query.month(), monthEnd, figures(reported), figures(previous), changes);
    }

    private static RestatementView.Figures figures(FigureFold.Totals totals) {
        return new RestatementView.Figures(totals.externalCny(), totals.sixParksCny(), totals.beijingProjects());
    }

    /** The current figures' fold, kept until the ledger grows: dashboards do not re-read the ledger per request. */
    private record Current(long records, FigureFold fold) {
    }

    private volatile Current current;

    /** The fold for one year: as of an instant from that year's records, now from the cached fold of all. */
    private FigureFold fold(int year, Instant asOf) {
        if (asOf != null) {
            return FigureFold.of(ledger.recordsFor(year, asOf.toEpochMilli()));
        }
        long count = ledger.count();
        Current cached = current;
        if (cached != null && cached.records() == count) {
            return cached.fold();
        }
        FigureFold fold = FigureFold.of(ledger.recordsUpTo(Long.MAX_VALUE));
        current = new Current(count, fold);
        return fold;
    }

    private static Actor requireStaff(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
        return actor;
    }
}
