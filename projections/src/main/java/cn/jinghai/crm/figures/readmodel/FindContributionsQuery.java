package cn.jinghai.crm.figures.readmodel;

import java.time.Instant;

/**
 * The tranches behind a year's external-capital figure as known at {@code asOf} (null: now): all of
 * them, or one breakdown group ({@code by} UNIT, CHAIN, CHANNEL or MONTH with its {@code group}), or
 * the six parks' share ({@code sixParksOnly}). A park team gets only the leads its unit owns now.
 */
public record FindContributionsQuery(int year, Instant asOf, String by, String group, boolean sixParksOnly)
        implements FiguresQuery {
}
