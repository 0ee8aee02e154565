package cn.jinghai.crm.platform.axon;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Axon's event clock ({@link GenericEventMessage#clock}) as a {@link Clock}: the instant an event is
 * recorded and the "today" of business-date rules are read from one clock, so whoever sets Axon's
 * clock (the demo loader recording 2022 history, a test) moves both together. Normally it is the
 * system clock.
 */
final class AxonEventClock extends Clock {

    private final ZoneId zone;

    AxonEventClock(ZoneId zone) {
        this.zone = zone;
    }

    AxonEventClock() {
        this(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new AxonEventClock(newZone);
    }

    @Override
    public Instant instant() {
        return GenericEventMessage.clock.instant();
    }

    @Override
    public long millis() {
        return GenericEventMessage.clock.millis();
    }
}
