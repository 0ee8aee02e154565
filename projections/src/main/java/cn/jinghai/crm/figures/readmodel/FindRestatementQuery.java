package cn.jinghai.crm.figures.readmodel;

import java.time.YearMonth;

/** The figures of a year through a month end: as reported at that month end, as known now, and why they differ. */
public record FindRestatementQuery(YearMonth month) implements FiguresQuery {
}
