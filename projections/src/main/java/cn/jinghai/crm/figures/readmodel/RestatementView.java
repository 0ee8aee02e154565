package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The year-to-date figures through {@code month}'s end: {@code reported} as the system knew them at the
 * end of that month (China Standard Time), {@code now} as known today, and each later record that
 * changed them (a late verification, a reversal, a reassignment, a changed flag) with its effect.
 */
public record RestatementView(YearMonth month, Instant monthEnd, Figures reported, Figures now, List<Change> changes) {

    public record Figures(CnyAmount externalCapitalCny, CnyAmount sixParksCny, long beijingProjects) {
    }

    public record Change(String type, Instant recordedAt, String leadId, String trancheId, CnyAmount externalCapitalDelta,
                         CnyAmount sixParksDelta, long beijingProjectsDelta) {
    }
}
