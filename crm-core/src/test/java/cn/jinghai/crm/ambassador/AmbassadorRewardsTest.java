package cn.jinghai.crm.ambassador;

import cn.jinghai.crm.ambassador.api.AmbassadorDirectory;
import cn.jinghai.crm.ambassador.api.RecordRewardApprovalCommand;
import cn.jinghai.crm.ambassador.api.RewardApprovalRecordedEvent;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

class AmbassadorRewardsTest {

    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> LEADER = new Actor("leader", Role.LEADERSHIP, null).toMetaData();

    private AggregateTestFixture<AmbassadorRewards> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AmbassadorRewards.class);
        fixture.registerInjectableResource((AmbassadorDirectory) "amb-zhang"::equals);
    }

    private AggregateTestFixture<AmbassadorRewards> fresh() {
        setUp();
        return fixture;
    }

    private static RecordRewardApprovalCommand approve(String amount, String doc) {
        return new RecordRewardApprovalCommand("amb-zhang", "rw-" + doc, 2022, CnyAmount.parse(amount), "区长办公会", doc);
    }

    private static RewardApprovalRecordedEvent approved(String amount, String doc) {
        return new RewardApprovalRecordedEvent("amb-zhang", "rw-" + doc, 2022, CnyAmount.parse(amount), "区长办公会", doc);
    }

    private static org.hamcrest.Matcher<Object> refusal(ErrorCode code, String field) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code
                && java.util.Objects.equals(field, d.field()));
    }

    @Test
    void givenNothing_whenTheOfficeRecordsAnApproval_thenRecorded() {
        fixture.givenNoPriorActivity().when(approve("1500000", "静政发〔2022〕12号"), OFFICE)
                .expectEvents(approved("1500000", "静政发〔2022〕12号"));
    }

    @Test
    void givenFourMillionApproved_whenAnotherMillionAndOneYuan_thenAboveTheCap() {
        fixture.given(approved("4000000", "A1")).when(approve("1000001", "A2"), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "amountCny")).expectNoEvents();
        fresh().given(approved("4000000", "A1")).when(approve("1000000", "A2"), OFFICE)
                .expectEvents(approved("1000000", "A2"));
    }

    @Test
    void givenAnApproval_whenTheSameDocumentAgain_thenValidation() {
        fixture.given(approved("100", "A1")).when(approve("100", "A1"), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "documentNo")).expectNoEvents();
    }

    @Test
    void givenNothing_whenBadInputOrRoleOrNoSuchAmbassador_thenRefused() {
        fixture.givenNoPriorActivity().when(approve("100", "A1"), LEADER)
                .expectException(refusal(ErrorCode.FORBIDDEN, null)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new RecordRewardApprovalCommand("nobody", "rw", 2022, CnyAmount.parse("1"), "x", "d"), OFFICE)
                .expectException(refusal(ErrorCode.NOT_FOUND, null)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new RecordRewardApprovalCommand("amb-zhang", "rw", 1999, CnyAmount.parse("1"), "x", "d"), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "year")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new RecordRewardApprovalCommand("amb-zhang", "rw", 2022, CnyAmount.parse("0"), "x", "d"), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "amountCny")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new RecordRewardApprovalCommand("amb-zhang", "rw", 2022, CnyAmount.parse("1"), " ", "d"), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "approvedBy")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new RecordRewardApprovalCommand("amb-zhang", "rw", 2022, CnyAmount.parse("1"), "x", ""), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "documentNo")).expectNoEvents();
    }
}
