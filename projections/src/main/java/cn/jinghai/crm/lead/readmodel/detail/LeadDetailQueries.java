package cn.jinghai.crm.lead.readmodel.detail;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A single lead's state and history, read straight from its event stream: always exact and current
 * (a lead has tens of events, not thousands), so a client reads its own write at once. Scope: a park
 * team sees only its own unit's leads, and any other lead answers as unknown.
 */
@Component
public class LeadDetailQueries {

    private final EventStore eventStore;

    public LeadDetailQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public LeadView handle(FindLeadQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        LeadState state = visible(query.leadId(), actor).state();
        return state.view(!actor.mayWorkLeadOf(state.unitCode()));
    }

    @QueryHandler
    public LeadHistory handle(FindLeadHistoryQuery query, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Visible visible = visible(query.leadId(), actor);
        boolean maskPhones = !actor.mayWorkLeadOf(visible.state().unitCode());
        List<LeadHistoryEntry> entries = new ArrayList<>(visible.events().size());
        for (DomainEventMessage<?> event : visible.events()) {
            Object by = event.getMetaData().get(Actor.USERNAME);
            HistoryData.of(event.getPayload(), maskPhones).ifPresent(data -> entries.add(new LeadHistoryEntry(
                    event.getPayloadType().getSimpleName(), event.getTimestamp(), by == null ? null : by.toString(),
                    data)));
        }
        return new LeadHistory(entries);
    }

    /** A lead's events and the state they fold into, read once. */
    private record Visible(List<DomainEventMessage<?>> events, LeadState state) {
    }

    private Visible visible(LeadId leadId, Actor actor) {
        if (!actor.is(Role.PARK_TEAM) && !actor.is(Role.DISTRICT_OFFICE) && !actor.is(Role.LEADERSHIP)) {
            throw DomainException.forbidden("error.forbidden");
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(leadId.value());
        stream.forEachRemaining(events::add);
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof LeadRegisteredEvent)) {
            throw DomainException.notFound("error.lead.notFound");
        }
        LeadState state = LeadState.of(events);
        if (actor.is(Role.PARK_TEAM) && !actor.unitCode().equals(state.unitCode())) {
            throw DomainException.notFound("error.lead.notFound");
        }
        return new Visible(events, state);
    }
}
