package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.StandingView;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StandingYearsTest {

    private static final StandingView NOTHING = new StandingView(CnyAmount.ZERO, CnyAmount.ZERO, CnyAmount.ZERO);

    @Test
    void offersTheCurrentYearAndTheYearsBeforeNewestFirst() {
        assertThat(StandingYears.offered(2026)).startsWith(2026, 2025).hasSize(StandingYears.SPAN).contains(2022);
    }

    @Test
    void opensOnTheNewestYearWithFundsOrRewards() {
        Map<Integer, StandingView> figures = Map.of(
                2022, new StandingView(CnyAmount.of("300000000"), CnyAmount.of("1500000"), CnyAmount.ZERO),
                2021, new StandingView(CnyAmount.of("1000"), CnyAmount.of("5"), CnyAmount.ZERO));
        assertThat(StandingYears.opening(2026, y -> figures.getOrDefault(y, NOTHING))).isEqualTo(2022);
        Map<Integer, StandingView> rewardOnly = Map.of(2024, new StandingView(CnyAmount.ZERO, CnyAmount.ZERO, CnyAmount.of("10000")));
        assertThat(StandingYears.opening(2026, y -> rewardOnly.getOrDefault(y, NOTHING))).isEqualTo(2024);
    }

    @Test
    void opensOnTheCurrentYearWhenNoYearHasFigures() {
        assertThat(StandingYears.opening(2026, y -> NOTHING)).isEqualTo(2026);
    }
}
