package cn.jinghai.crm.ui.support;

import cn.jinghai.crm.common.api.CnyAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyInputTest {

    @Test
    void yi_isOneHundredMillionYuan_exactly() {
        assertThat(MoneyInput.YI.toYuan(new BigDecimal("150"))).isEqualTo(CnyAmount.of("15000000000"));
        assertThat(MoneyInput.YI.toYuan(new BigDecimal("0.0000000001"))).isEqualTo(CnyAmount.of("0.01"));
    }

    @Test
    void wan_isTenThousandYuan_exactly() {
        assertThat(MoneyInput.WAN.toYuan(new BigDecimal("1500000"))).isEqualTo(CnyAmount.of("15000000000"));
        assertThat(MoneyInput.WAN.toYuan(new BigDecimal("12.345678"))).isEqualTo(CnyAmount.of("123456.78"));
    }

    @Test
    void lessThanAFen_isRefused_neverRounded() {
        assertThatThrownBy(() -> MoneyInput.WAN.toYuan(new BigDecimal("0.0000001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MoneyInput.YI.toYuan(new BigDecimal("1.00000000001"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noInput_isNoAmount() {
        assertThat(MoneyInput.WAN.toYuan(null)).isNull();
        assertThat(MoneyInput.WAN.fromYuan(null)).isNull();
    }

    @Test
    void backFromYuan_isExact_andRoundTrips() {
        assertThat(MoneyInput.YI.fromYuan(CnyAmount.of("15000000000"))).isEqualByComparingTo("150");
        assertThat(MoneyInput.WAN.fromYuan(CnyAmount.of("123456.78"))).isEqualByComparingTo("12.345678");
        assertThat(MoneyInput.YI.fromYuan(CnyAmount.of("0.01"))).isEqualByComparingTo("0.0000000001");
        CnyAmount odd = CnyAmount.of("98765432101.23");
        assertThat(MoneyInput.YI.toYuan(MoneyInput.YI.fromYuan(odd))).isEqualTo(odd);
        assertThat(MoneyInput.WAN.fromYuan(CnyAmount.of("20000000")).toPlainString()).isEqualTo("2000");
    }
}
