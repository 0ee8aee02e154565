package cn.jinghai.crm.figures.readmodel;

import java.time.Instant;

/** A year's progress as the system knew it at {@code asOf} (null: now). */
public record FindProgressQuery(int year, Instant asOf) implements FiguresQuery {
}
