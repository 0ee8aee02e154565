package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.BusinessTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The demo's commands with the instant each is recorded at, played in chronological order (ties in
 * the order they were written). Instants fall in office hours (09:00-17:30 China Standard Time) on
 * working days; a command's business dates are never after the day it is recorded, which the
 * aggregates check themselves against the same clock.
 */
final class DemoTimeline {

    /** Recorded at {@code at} by {@code actor}; {@code command} is an Axon command, or a {@link Runnable} for non-event work. */
    record Step(Instant at, long order, Actor actor, Object command) {
    }

    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 30);
    /** The last office day of the demo year: decisions that would fall later are still open. */
    static final Instant YEAR_END = at(LocalDate.of(DemoDistrict.YEAR, 12, 30), LocalTime.of(17, 30));

    private final List<Step> steps = new ArrayList<>();

    void add(Instant at, Actor actor, Object command) {
        steps.add(new Step(at, steps.size(), actor, command));
    }

    List<Step> inOrder() {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(Step::at).thenComparingLong(Step::order));
        return sorted;
    }

    int size() {
        return steps.size();
    }

    static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(BusinessTime.ZONE).toInstant();
    }

    static LocalDate dateOf(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toLocalDate();
    }

    /** The day itself if it is a working day, else the next Monday. */
    static LocalDate workday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** A random instant in office hours on the working day {@code date} (or the next one). */
    static Instant officeHours(LocalDate date, Random random) {
        int minutes = random.nextInt((int) ChronoUnit.MINUTES.between(OPENS, CLOSES.minusMinutes(30)));
        return at(workday(date), OPENS.plusMinutes(minutes));
    }

    /**
     * The recording instants of one aggregate's own story, strictly increasing: each next step is
     * recorded no earlier than its business date and a little after the previous step, within office
     * hours (rolling over to the next working day).
     */
    static final class Cursor {
        private final Random random;
        private Instant last = Instant.EPOCH;

        Cursor(Random random) {
            this.random = random;
        }

        Instant next(LocalDate notBefore) {
            Instant candidate = officeHours(notBefore, random);
            Instant soonest = last.plus(5 + random.nextInt(85), ChronoUnit.MINUTES);
            Instant chosen = candidate.isAfter(soonest) ? candidate : soonest;
            LocalDate day = dateOf(chosen);
            LocalTime time = chosen.atZone(BusinessTime.ZONE).toLocalTime();
            if (time.isAfter(CLOSES) || time.isBefore(OPENS) || !workday(day).equals(day)) {
                LocalDate nextDay = time.isBefore(OPENS) && workday(day).equals(day) ? day : workday(day.plusDays(1));
                chosen = at(nextDay, OPENS.plusMinutes(random.nextInt(90)));
            }
            last = chosen;
            return chosen;
        }

        Instant last() {
            return last;
        }

        LocalDate lastDate() {
            return dateOf(last);
        }
    }
}
