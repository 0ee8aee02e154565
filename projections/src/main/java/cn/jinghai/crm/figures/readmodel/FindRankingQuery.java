package cn.jinghai.crm.figures.readmodel;

import java.time.Instant;

/** A year's unit ranking as the system knew it at {@code asOf} (null: now). */
public record FindRankingQuery(int year, Instant asOf) implements FiguresQuery {
}
