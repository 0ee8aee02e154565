package cn.jinghai.crm.figures.readmodel;

import java.time.Instant;

/** A year's breakdown of verified external funds, as known at {@code asOf} (null: now). */
public record FindBreakdownQuery(int year, Instant asOf) implements FiguresQuery {
}
