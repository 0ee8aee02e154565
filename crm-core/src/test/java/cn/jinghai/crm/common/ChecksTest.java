package cn.jinghai.crm.common;

import cn.jinghai.crm.common.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200D", "\u2060", "\u00AD", "\u202E", "\uFEFF", "\u0000", "\u0007", "\n", "\r",
            "\t", "\u2028", "\u2029", "\u001B", "\u0085"})
    void oneLineTextsRefuseHiddenCharacters_namingTheField(String hidden) {
        assertThatThrownBy(() -> Checks.text("companyName", "北京" + hidden + "华科有限公司", 200))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("companyName");
                    assertThat(e.messageKey()).isEqualTo("error.text.hiddenCharacter");
                    assertThat(e.args()).containsExactly(String.format("U+%04X", (int) hidden.charAt(0)));
                });
    }

    @Test
    void linesAllowLineFeedsAndTabs_andUnifyLineEnds() {
        assertThat(Checks.lines("notes", "第一行\r\n第二行\r第三行\n\t缩进", 100)).isEqualTo("第一行\n第二行\n第三行\n\t缩进");
        assertThatThrownBy(() -> Checks.lines("notes", "拜访\u0000记录", 100))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("notes"));
        assertThatThrownBy(() -> Checks.optionalLines("reason", "重复\u200B", 100)).isInstanceOf(DomainException.class);
    }

    @Test
    void ordinaryChineseEnglishAndRareCharactersPass() {
        assertThat(Checks.text("companyName", "  天津市静海区𠀋华科（北京）有限公司 Ltd. ", 200))
                .isEqualTo("天津市静海区𠀋华科（北京）有限公司 Ltd.");
        assertThat(Checks.optionalText("title", "  ", 20)).isNull();
        assertThat(Checks.optionalText("title", "总经理\uE000", 20)).as("private use: rare characters in some fonts")
                .isEqualTo("总经理\uE000");
    }
}
