package cn.jinghai.crm.lead;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.TrancheRejectedEvent;
import cn.jinghai.crm.lead.api.TrancheReportedEvent;
import cn.jinghai.crm.lead.api.TrancheReversedEvent;
import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.lead.api.TrancheVerifiedEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * A lead's funding tranches and the rules of their life: REPORTED, then VERIFIED or REJECTED by the
 * district office (never by the reporter); a VERIFIED tranche may be REVERSED. Repeating the step a
 * tranche already took changes nothing.
 */
final class TrancheBook {

    private record Tranche(TrancheStatus status, String reportedBy) {
        Tranche with(TrancheStatus next) {
            return new Tranche(next, reportedBy);
        }
    }

    private final Map<String, Tranche> tranches = new HashMap<>();

    boolean contains(String trancheId) {
        return tranches.containsKey(trancheId);
    }

    /** Whether verifying changes anything; refuses an illegal step. */
    boolean mayVerify(String trancheId, Actor actor) {
        return step(trancheId, actor, TrancheStatus.REPORTED, TrancheStatus.VERIFIED);
    }

    boolean mayReject(String trancheId, Actor actor) {
        return step(trancheId, actor, TrancheStatus.REPORTED, TrancheStatus.REJECTED);
    }

    boolean mayReverse(String trancheId, Actor actor) {
        return step(trancheId, actor, TrancheStatus.VERIFIED, TrancheStatus.REVERSED);
    }

    private boolean step(String trancheId, Actor actor, TrancheStatus from, TrancheStatus to) {
        Tranche tranche = tranches.get(trancheId);
        if (tranche == null) {
            throw DomainException.notFound("error.tranche.notFound");
        }
        if (tranche.reportedBy().equals(actor.username())) {
            throw DomainException.forbidden("error.tranche.ownReport");
        }
        if (tranche.status() == to) {
            return false;
        }
        if (tranche.status() != from) {
            throw DomainException.illegalTransition(null, "error.tranche.transition", tranche.status(), to);
        }
        return true;
    }

    void on(TrancheReportedEvent event) {
        tranches.put(event.trancheId(), new Tranche(TrancheStatus.REPORTED, event.reportedBy()));
    }

    void on(TrancheVerifiedEvent event) {
        tranches.computeIfPresent(event.trancheId(), (id, t) -> t.with(TrancheStatus.VERIFIED));
    }

    void on(TrancheRejectedEvent event) {
        tranches.computeIfPresent(event.trancheId(), (id, t) -> t.with(TrancheStatus.REJECTED));
    }

    void on(TrancheReversedEvent event) {
        tranches.computeIfPresent(event.trancheId(), (id, t) -> t.with(TrancheStatus.REVERSED));
    }
}
