package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.referral.application.ReferralSubmission;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The ambassador form's draft as the referral the application submits (万元 to yuan, exactly). */
class ReferralDraftsTest {

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
        assertThat(ReferralDrafts.yuan(new BigDecimal("1"))).isEqualTo(CnyAmount.of("10000"));
        assertThat(ReferralDrafts.yuan(new BigDecimal("12345.678901"))).isEqualTo(CnyAmount.of("123456789.01"));
        assertThat(ReferralDrafts.yuan(new BigDecimal("0.000001"))).isEqualTo(CnyAmount.of("0.01"));
        assertThat(ReferralDrafts.yuan(new BigDecimal("1500000"))).isEqualTo(CnyAmount.of("15000000000"));
        assertThat(ReferralDrafts.yuan(new BigDecimal("1E+2"))).isEqualTo(CnyAmount.of("1000000"));
        assertThat(ReferralDrafts.yuan(null)).isNull();
    }

    @Test
    void onlyAmountsThatConvertToWholeFenAreAccepted() {
        assertThat(ReferralDrafts.convertsExactly(new BigDecimal("0.123456"))).isTrue();
        assertThat(ReferralDrafts.convertsExactly(new BigDecimal("3.1000000"))).isTrue();
        assertThat(ReferralDrafts.convertsExactly(new BigDecimal("0.1234567"))).isFalse();
        assertThat(ReferralDrafts.convertsExactly(null)).isTrue();
    }

    @Test
    void aDraftBecomesTheSubmissionAsTyped_withTheAmountInYuan() {
        ReferralSubmission s = ReferralDrafts.submission(draft("  天津某某科技有限公司 ", " 91110108551385082q ",
                "王经理 13800000000", "计划在静海建厂", "2500.5"));
        assertThat(s.companyName()).isEqualTo("  天津某某科技有限公司 ");
        assertThat(s.creditCode()).isEqualTo(" 91110108551385082q ");
        assertThat(s.contact()).isEqualTo("王经理 13800000000");
        assertThat(s.notes()).isEqualTo("计划在静海建厂");
        assertThat(s.expectedInvestmentCny()).isEqualTo(CnyAmount.of("25005000"));
        assertThat(ReferralDrafts.submission(new ReferralDraft()).expectedInvestmentCny()).isNull();
    }
}
