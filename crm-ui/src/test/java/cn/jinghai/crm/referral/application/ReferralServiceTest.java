package cn.jinghai.crm.referral.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Submitting a referral builds the same command whichever adapter it came through (the API or the
 * ambassador's page): surrounding spaces dropped, blanks as missing, the credit code checked.
 */
class ReferralServiceTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    /** Without an idempotency key the records are never touched. */
    private final ReferralService service = new ReferralService(commands, null, null,
            new IdempotentRequests(null, null, null, null));

    private SubmitReferralCommand submitted(ReferralSubmission referral) {
        service.submit(referral, null);
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        return (SubmitReferralCommand) sent.getValue();
    }

    @Test
    void aFullReferralIsSentTrimmed() {
        SubmitReferralCommand c = submitted(new ReferralSubmission("  天津某某科技有限公司 ", " 91110108551385082q ",
                "王经理 13800000000", "计划在静海建厂", CnyAmount.of("25005000")));
        assertThat(c.referralId()).isNotNull();
        assertThat(c.companyName()).isEqualTo("天津某某科技有限公司");
        assertThat(c.creditCode().value()).isEqualTo("91110108551385082Q");
        assertThat(c.contact()).isEqualTo("王经理 13800000000");
        assertThat(c.notes()).isEqualTo("计划在静海建厂");
        assertThat(c.expectedInvestmentCny()).isEqualTo(CnyAmount.of("25005000"));
    }

    @Test
    void blanksBecomeNoneAndAreLeftToTheDomainToJudge() {
        SubmitReferralCommand c = submitted(new ReferralSubmission("某公司", "   ", " ", "", null));
        assertThat(c.creditCode()).isNull();
        assertThat(c.contact()).isNull();
        assertThat(c.notes()).isNull();
        assertThat(c.expectedInvestmentCny()).isNull();
    }

    @Test
    void nothingGivenIsSentAsNothing() {
        assertThat(submitted(new ReferralSubmission(null, null, null, null, null)).companyName()).isNull();
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheField() {
        assertThatThrownBy(() -> service.submit(new ReferralSubmission("某公司", "91110108551385082A", "王", "x", null), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("creditCode");
                    assertThat(e.messageKey()).isEqualTo("error.creditCode.invalid");
                });
    }
}
