package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.common.api.CnyAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void wan_convertsExactly() {
        assertThat(Money.toYuan(new BigDecimal("12500.5"), Money.Unit.WAN)).isEqualTo(CnyAmount.of("125005000"));
        assertThat(Money.toYuan(new BigDecimal("0.0001"), Money.Unit.WAN)).isEqualTo(CnyAmount.of("1"));
        assertThat(Money.toYuan(new BigDecimal("1500000"), Money.Unit.WAN)).isEqualTo(CnyAmount.of("15000000000"));
    }

    @Test
    void lessThanAFen_isRefusedNotRounded() {
        assertThat(Money.toYuan(new BigDecimal("0.0000001"), Money.Unit.WAN)).isNull();
        assertThat(Money.toYuan(new BigDecimal("1.005"), Money.Unit.YUAN)).isNull();
    }

    @Test
    void yuan_backToWan_isPlain() {
        assertThat(Money.in(CnyAmount.of("100000000"), Money.Unit.WAN).toString()).isEqualTo("10000");
        assertThat(Money.in(CnyAmount.of("1.5"), Money.Unit.WAN).toString()).isEqualTo("0.00015");
    }
}
