package cn.jinghai.crm.reports.application;

import org.junit.jupiter.api.Test;
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

    @Test
    void controlAndInvisibleCharactersRecordedEarlier_areLeftOut_lineFeedsStay() {
        assertThat(SafeText.of("北京\u0000华\u0007科\u200B有限\u202E公司")).isEqualTo("北京华科有限公司");
        assertThat(SafeText.of("第一行\n第二行")).isEqualTo("第一行\n第二行");
        assertThat(SafeText.of("\u200B=1+1")).isEqualTo("'=1+1");
        assertThat(SafeText.of(null)).isEmpty();
    }
}
