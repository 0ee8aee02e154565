package cn.jinghai.crm.reports.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 138", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1"})
    void aValueThatCouldBeAFormula_getsALeadingApostrophe(String value) {
        assertThat(SafeText.of(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京华科", "1+1", "a=b", "", "'quoted"})
    void anyOtherValue_isUnchanged(String value) {
        assertThat(SafeText.of(value)).isEqualTo(value);
    }
}
