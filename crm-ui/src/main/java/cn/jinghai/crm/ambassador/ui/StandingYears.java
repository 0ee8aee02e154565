package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.StandingView;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The years an ambassador can pick, and which one the page opens on: the latest of them with any
 * figure (funds or rewards), else the current year. Records often describe past years (offices enter
 * their old ledgers), so opening on an empty current year would hide everything. Cheap: the
 * figures of the current state are folded once and cached by the read side.
 */
final class StandingYears {

    /** How many years back the selector offers; older standings stay reachable through the API. */
    static final int SPAN = 8;

    private StandingYears() {
    }

    /** The selectable years, newest first. */
    static List<Integer> offered(int currentYear) {
        return IntStream.range(0, SPAN).mapToObj(i -> currentYear - i).toList();
    }

    /** The newest offered year whose standing shows anything; the current year when none does. */
    static int opening(int currentYear, IntFunction<StandingView> standing) {
        for (int year : offered(currentYear)) {
            if (hasFigures(standing.apply(year))) {
                return year;
            }
        }
        return currentYear;
    }

    static boolean hasFigures(StandingView view) {
        return view != null && (positive(view.verifiedCny()) || positive(view.approvedRewardCny()));
    }

    private static boolean positive(CnyAmount amount) {
        return amount != null && amount.isPositive();
    }
}
