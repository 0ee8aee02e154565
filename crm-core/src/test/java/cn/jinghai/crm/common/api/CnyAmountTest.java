package cn.jinghai.crm.common.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CnyAmountTest {

    @Test
    void wholeAmounts_printWithoutDecimals_othersWithTwo() {
        assertThat(CnyAmount.parse("15000000000")).hasToString("15000000000");
        assertThat(CnyAmount.parse("1234.5")).hasToString("1234.50");
        assertThat(CnyAmount.parse("1234.50")).hasToString("1234.50");
        assertThat(CnyAmount.parse("0.01")).hasToString("0.01");
        assertThat(CnyAmount.parse("100.00")).hasToString("100");
    }

    @Test
    void arithmeticIsExact() {
        assertThat(CnyAmount.parse("0.10").plus(CnyAmount.parse("0.20"))).isEqualTo(CnyAmount.parse("0.3"));
        assertThat(CnyAmount.parse("1").minus(CnyAmount.parse("0.01"))).hasToString("0.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "1e5", "1,000", " 1", "", "abc", "1.", ".5", "NaN", "1000000000000000"})
    void malformedOrOverPrecise_isRefused(String text) {
        assertThatThrownBy(() -> CnyAmount.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overPreciseBigDecimal_isRefused_butTrailingZerosAreFine() {
        assertThatThrownBy(() -> new CnyAmount(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CnyAmount(new BigDecimal("5.000"))).isEqualTo(CnyAmount.parse("5"));
    }

    @Test
    void sign() {
        assertThat(CnyAmount.parse("-1").isPositive()).isFalse();
        assertThat(CnyAmount.ZERO.isPositive()).isFalse();
        assertThat(CnyAmount.parse("0.01").isPositive()).isTrue();
    }
}
