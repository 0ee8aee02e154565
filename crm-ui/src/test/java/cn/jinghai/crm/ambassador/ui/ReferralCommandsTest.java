package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralCommandsTest {

    private static final ReferralId ID = new ReferralId("r-1");

    private static ReferralDraft draft(String company, String code, String contact, String notes, String wan) {
        ReferralDraft d = new ReferralDraft();
        d.setCompanyName(company);
        d.setCreditCode(code);
        d.setContact(contact);
        d.setNotes(notes);
        d.setExpectedInvestmentWan(wan == null ? null : new BigDecimal(wan));
        return d;
    }

    @Test
    void wanBecomeYuanExactly() {
        assertThat(ReferralCommands.yuan(new BigDecimal("1"))).isEqualTo(CnyAmount.of("10000"));
        assertThat(ReferralCommands.yuan(new BigDecimal("12345.678901"))).isEqualTo(CnyAmount.of("123456789.01"));
        assertThat(ReferralCommands.yuan(new BigDecimal("0.000001"))).isEqualTo(CnyAmount.of("0.01"));
        assertThat(ReferralCommands.yuan(new BigDecimal("1500000"))).isEqualTo(CnyAmount.of("15000000000"));
        assertThat(ReferralCommands.yuan(new BigDecimal("1E+2"))).isEqualTo(CnyAmount.of("1000000"));
        assertThat(ReferralCommands.yuan(null)).isNull();
    }

    @Test
    void onlyAmountsThatConvertToWholeFenAreAccepted() {
        assertThat(ReferralCommands.convertsExactly(new BigDecimal("0.123456"))).isTrue();
        assertThat(ReferralCommands.convertsExactly(new BigDecimal("3.1000000"))).isTrue();
        assertThat(ReferralCommands.convertsExactly(new BigDecimal("0.1234567"))).isFalse();
        assertThat(ReferralCommands.convertsExactly(null)).isTrue();
    }

    @Test
    void aFullDraftBecomesTheSameCommandTheApiSends() {
        SubmitReferralCommand c = ReferralCommands.submit(ID, draft("  天津某某科技有限公司 ", " 91110108551385082q ",
                "王经理 13800000000", "计划在静海建厂", "2500.5"));
        assertThat(c.referralId()).isEqualTo(ID);
        assertThat(c.companyName()).isEqualTo("天津某某科技有限公司");
        assertThat(c.creditCode().value()).isEqualTo("91110108551385082Q");
        assertThat(c.contact()).isEqualTo("王经理 13800000000");
        assertThat(c.notes()).isEqualTo("计划在静海建厂");
        assertThat(c.expectedInvestmentCny()).isEqualTo(CnyAmount.of("25005000"));
    }

    @Test
    void blanksBecomeNoneAndAreLeftToTheDomainToJudge() {
        SubmitReferralCommand c = ReferralCommands.submit(ID, draft("某公司", "   ", " ", "", null));
        assertThat(c.creditCode()).isNull();
        assertThat(c.contact()).isNull();
        assertThat(c.notes()).isNull();
        assertThat(c.expectedInvestmentCny()).isNull();
        assertThat(ReferralCommands.submit(ID, new ReferralDraft()).companyName()).isNull();
    }

    @Test
    void aWrongCheckCharacterIsRefusedByTheDomainNamingTheField() {
        assertThatThrownBy(() -> ReferralCommands.submit(ID, draft("某公司", "91110108551385082A", "王", "x", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("creditCode");
                    assertThat(e.messageKey()).isEqualTo("error.creditCode.invalid");
                });
    }
}
