package cn.jinghai.crm.referral;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.referral.api.AcceptReferralCommand;
import cn.jinghai.crm.referral.api.DeclineReferralCommand;
import cn.jinghai.crm.referral.api.ReferralAcceptedEvent;
import cn.jinghai.crm.referral.api.ReferralDeclinedEvent;
import cn.jinghai.crm.referral.api.ReferralFacts;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.ReferralRegistry;
import cn.jinghai.crm.referral.api.ReferralSubmittedEvent;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

class ReferralTest {

    private static final ReferralId ID = new ReferralId("r-1");
    private static final LeadId LEAD = new LeadId("lead-9");
    private static final Map<String, String> AMB = new Actor("amb-zhang", Role.AMBASSADOR, null).toMetaData();
    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> PARK = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();

    private AggregateTestFixture<Referral> fixture;
    private final Set<String> known = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource((ReferralRegistry) (code, name) -> known.contains(name));
    }

    private AggregateTestFixture<Referral> fresh() {
        setUp();
        return fixture;
    }

    private static SubmitReferralCommand submit() {
        return new SubmitReferralCommand(ID, "北京智造机器人有限公司", null, "刘总 13900000000", "计划在京津冀布局第二工厂",
                CnyAmount.parse("300000000"));
    }

    private static ReferralSubmittedEvent submitted(boolean duplicate) {
        return new ReferralSubmittedEvent(ID, "amb-zhang", "北京智造机器人有限公司", null, "刘总 13900000000",
                "计划在京津冀布局第二工厂", CnyAmount.parse("300000000"), duplicate);
    }

    private static org.hamcrest.Matcher<Object> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code);
    }

    @Test
    void givenNothing_whenAnAmbassadorRefersANewCompany_thenSubmitted() {
        fixture.givenNoPriorActivity().when(submit(), AMB).expectEvents(submitted(false));
    }

    @Test
    void givenAKnownCompany_whenReferred_thenDuplicateFromTheStart() {
        known.add("北京智造机器人有限公司");
        fixture.givenNoPriorActivity().when(submit(), AMB).expectEvents(submitted(true));
    }

    @Test
    void givenNothing_whenStaffSubmitOrInputIsBad_thenRefused() {
        fixture.givenNoPriorActivity().when(submit(), OFFICE).expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SubmitReferralCommand(ID, " ", null, "c", "n", null), AMB)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SubmitReferralCommand(ID, "公司", null, "c", "n", CnyAmount.parse("-1")), AMB)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SubmitReferralCommand(ID, "公司", null, " ", "n", null), AMB)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
    }

    @Test
    void givenSubmitted_whenTheOfficeAccepts_thenAcceptedWithTheLead() {
        fixture.given(submitted(false)).when(new AcceptReferralCommand(ID, LEAD, "ZIYA"), OFFICE)
                .expectEvents(new ReferralAcceptedEvent(ID, "amb-zhang", LEAD, "ZIYA"))
                .expectResultMessagePayload(new ReferralFacts("北京智造机器人有限公司", null, "amb-zhang"));
    }

    @Test
    void givenDuplicateOrDecided_whenAccepted_thenIllegalTransition() {
        fixture.given(submitted(true)).when(new AcceptReferralCommand(ID, LEAD, "ZIYA"), OFFICE)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION)).expectNoEvents();
        fresh().given(submitted(false), new ReferralDeclinedEvent(ID, "不符合产业方向"))
                .when(new AcceptReferralCommand(ID, LEAD, "ZIYA"), OFFICE)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION)).expectNoEvents();
    }

    @Test
    void givenSubmitted_whenDeclined_thenDeclined_andAgainIsANoOp() {
        fixture.given(submitted(false)).when(new DeclineReferralCommand(ID, "不符合产业方向"), OFFICE)
                .expectEvents(new ReferralDeclinedEvent(ID, "不符合产业方向"));
        fresh().given(submitted(false), new ReferralDeclinedEvent(ID, "x"))
                .when(new DeclineReferralCommand(ID, "再次"), OFFICE).expectSuccessfulHandlerExecution().expectNoEvents();
        fresh().given(submitted(false)).when(new DeclineReferralCommand(ID, " "), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
    }

    @Test
    void givenSubmitted_whenAParkTeamDecides_thenForbidden_andAnAmbassadorIsToldNotFound() {
        fixture.given(submitted(false)).when(new AcceptReferralCommand(ID, LEAD, "ZIYA"), PARK)
                .expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
        fresh().given(submitted(false)).when(new DeclineReferralCommand(ID, "x"), AMB)
                .expectException(refusal(ErrorCode.NOT_FOUND)).expectNoEvents();
    }
}
