package cn.jinghai.crm.projections.figures;

import java.time.Instant;

/** A year's progress as the system knew it at {@code asOf} (null: now). */
public record FindProgressQuery(int year, Instant asOf) {
}
