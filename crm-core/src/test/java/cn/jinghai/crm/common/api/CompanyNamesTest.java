package cn.jinghai.crm.common.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNamesTest {

    /** Each carries a character nobody sees; each must match the plain name (首报首谈 must not be bypassed). */
    @ParameterizedTest
    @ValueSource(strings = {"北京\u200B华科有限公司", "北京华\u200D科有限公司", "北京华科\u2060有限公司", "北京华科有\u00ADlimited",
            "\u202E北京华科有限公司", "\uFEFF北京华科有限公司", "北京华科有限公司\u0000", "北京华科\u0007有限公司",
            "北京华科\n有限公司", "北京华科\u2028有限公司", "北京华科有限责\u200B任公司"})
    void invisibleCharactersDoNotMakeANewCompany(String variant) {
        String plain = variant.contains("limited") ? "北京华科有limited" : "北京华科有限公司";
        assertThat(CompanyNames.normalise(variant)).isEqualTo(CompanyNames.normalise(plain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京华科有限公司", "北京华科（天津）有限公司", "Beijing Huake Co Ltd"})
    void normalisingTwiceChangesNothing(String name) {
        String once = CompanyNames.normalise(name);
        assertThat(CompanyNames.normalise(once)).isEqualTo(once);
    }
}
