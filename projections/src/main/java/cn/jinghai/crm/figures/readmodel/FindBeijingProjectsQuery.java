package cn.jinghai.crm.figures.readmodel;

import java.time.Instant;

/** The leads behind a year's Beijing high-tech count as known at {@code asOf} (null: now); a park team gets its own. */
public record FindBeijingProjectsQuery(int year, Instant asOf) implements FiguresQuery {
}
