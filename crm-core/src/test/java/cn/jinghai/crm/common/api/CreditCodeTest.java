package cn.jinghai.crm.common.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    /** Codes in the published form, their check characters computed independently of this class. */
    @ParameterizedTest
    @ValueSource(strings = {"91110000802100433B", "91350100M000100Y43", "91110108551385082Q", "91440300708461136T"})
    void realCodes_areValid(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000802100433C", "9111000080210043", "91110000802100433BX", "91110000802100433I",
            "9111000080210043IB", "", "91110000802100433b"})
    void wrongCheckLengthOrCharacter_isInvalid(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void null_isInvalid() {
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void checkCharacter_completesACode() {
        String first17 = "91120223MA05XXXX0";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(new CreditCode(code).toString()).isEqualTo(code);
    }

    @Test
    void constructor_refusesInvalid() {
        assertThatThrownBy(() -> new CreditCode("91110000802100433C")).isInstanceOf(IllegalArgumentException.class);
    }
}
