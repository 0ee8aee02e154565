package cn.jinghai.crm.figures.readmodel;

import java.time.Instant;

/** An ambassador's standing in a year, as the system knew it at {@code asOf} (null: now). */
public record FindAmbassadorStandingQuery(String ambassador, int year, Instant asOf) implements FiguresQuery {
}
