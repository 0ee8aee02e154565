package cn.jinghai.crm.lead;

import cn.jinghai.crm.chain.api.ChainDirectory;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.ForeignAmount;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.CompanyRegistry;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.RejectTrancheCommand;
import cn.jinghai.crm.lead.api.ReportTrancheCommand;
import cn.jinghai.crm.lead.api.ReverseTrancheCommand;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.api.TrancheRejectedEvent;
import cn.jinghai.crm.lead.api.TrancheReportedEvent;
import cn.jinghai.crm.lead.api.TrancheReversedEvent;
import cn.jinghai.crm.lead.api.TrancheVerifiedEvent;
import cn.jinghai.crm.lead.api.VerifyTrancheCommand;
import cn.jinghai.crm.unit.api.UnitDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The lead aggregate's funding tranches (资金到位): report, verify, reject, reverse. */
class LeadTranchesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-15T00:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2022, 6, 15);
    private static final LeadId ID = new LeadId("lead-1");
    private static final Map<String, String> ZIYA = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();
    private static final Map<String, String> COOP = new Actor("coop", Role.PARK_TEAM, "COOP").toMetaData();
    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> OFFICE_REPORTER = new Actor("office-a", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> LEADER = new Actor("leader", Role.LEADERSHIP, null).toMetaData();

    private AggregateTestFixture<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((UnitDirectory) code -> Optional.empty());
        fixture.registerInjectableResource((ChainDirectory) code -> true);
        fixture.registerInjectableResource((CompanyRegistry) (code, name, except) -> Optional.empty());
    }

    private static LeadRegisteredEvent registered() {
        return new LeadRegisteredEvent(ID, "大众汽车零部件（天津）有限公司", null, "新能源汽车零部件", "NEV", Channel.OWN,
                CapitalOrigin.FOREIGN, CnyAmount.parse("800000000"), false, false, true, "ZIYA", TODAY);
    }

    private static TrancheReportedEvent reported(String by) {
        return new TrancheReportedEvent(ID, "t-1", new BigDecimal("1000000"), "EUR", new BigDecimal("7.1503"),
                CnyAmount.parse("7150300"), CapitalOrigin.FOREIGN, LocalDate.parse("2022-06-10"), "银行回单 2022061001", by);
    }

    private static ReportTrancheCommand report(String arrival) {
        return new ReportTrancheCommand(ID, null, "t-1", ForeignAmount.of("1000000", "EUR", "7.1503"), CapitalOrigin.FOREIGN,
                LocalDate.parse(arrival), " 银行回单 2022061001 ");
    }

    private TestExecutor<Lead> givenReported() {
        return fixture.given(registered(), reported("ziya"));
    }

    private static org.hamcrest.Matcher<Object> refusal(ErrorCode code, String key) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code && d.messageKey().equals(key));
    }

    @Test
    void givenLead_whenItsUnitReportsForeignFunds_thenTheCnyAmountIsFixedInTheEvent() {
        fixture.given(registered()).when(report("2022-06-10"), ZIYA)
                .expectEvents(reported("ziya"))
                .expectResultMessagePayload("t-1");
    }

    @Test
    void givenDroppedLead_whenFundsReported_thenIllegalTransition() {
        fixture.given(registered(), new LeadStageMovedEvent(ID, Stage.LEAD, Stage.DROPPED, TODAY, "放弃", null, null))
                .when(report("2022-06-10"), ZIYA)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.tranche.droppedLead")).expectNoEvents();
    }

    @Test
    void givenLead_whenArrivalInTheFutureOrNoEvidenceOrNoOrigin_thenValidation() {
        fixture.given(registered()).when(report("2022-06-16"), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.date.future")).expectNoEvents();
        fixture.given(registered()).when(new ReportTrancheCommand(ID, null, "t-1", ForeignAmount.of("1", "CNY", "1"),
                        CapitalOrigin.FOREIGN, TODAY, " "), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
        fixture.given(registered()).when(new ReportTrancheCommand(ID, null, "t-1", ForeignAmount.of("1", "CNY", "1"),
                        null, TODAY, "回单"), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
    }

    @Test
    void givenLeadOfZiya_whenCoopReportsFunds_thenNotFound() {
        fixture.given(registered()).when(report("2022-06-10"), COOP)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
    }

    @Test
    void givenReported_whenTheOfficeVerifies_thenVerified_andAgainIsANoOp() {
        givenReported().when(new VerifyTrancheCommand(ID, null, "t-1"), OFFICE)
                .expectEvents(new TrancheVerifiedEvent(ID, "t-1"));
        fixture.given(registered(), reported("ziya"), new TrancheVerifiedEvent(ID, "t-1"))
                .when(new VerifyTrancheCommand(ID, null, "t-1"), OFFICE)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenReportedByAnOfficer_whenTheSameOfficerVerifies_thenForbidden() {
        fixture.given(registered(), reported("office-a")).when(new VerifyTrancheCommand(ID, null, "t-1"), OFFICE_REPORTER)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.tranche.ownReport")).expectNoEvents();
        fixture.given(registered(), reported("office-a")).when(new RejectTrancheCommand(ID, null, "t-1", "x"), OFFICE_REPORTER)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.tranche.ownReport")).expectNoEvents();
    }

    @Test
    void givenReported_whenTheParkTeamOrLeadershipVerifies_thenForbidden_andAnotherParkTeamGetsNotFound() {
        givenReported().when(new VerifyTrancheCommand(ID, null, "t-1"), ZIYA)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.tranche.role")).expectNoEvents();
        givenReported().when(new VerifyTrancheCommand(ID, null, "t-1"), LEADER)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.tranche.role")).expectNoEvents();
        givenReported().when(new VerifyTrancheCommand(ID, null, "t-1"), COOP)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
    }

    @Test
    void givenReported_whenRejectedWithReason_thenRejected_andThenItCannotBeVerified() {
        givenReported().when(new RejectTrancheCommand(ID, null, "t-1", "回单金额与合同不符"), OFFICE)
                .expectEvents(new TrancheRejectedEvent(ID, "t-1", "回单金额与合同不符"));
        fixture.given(registered(), reported("ziya"), new TrancheRejectedEvent(ID, "t-1", "不符"))
                .when(new VerifyTrancheCommand(ID, null, "t-1"), OFFICE)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.tranche.transition")).expectNoEvents();
        givenReported().when(new RejectTrancheCommand(ID, null, "t-1", " "), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
    }

    @Test
    void givenVerified_whenReversed_thenReversed_butAReportedOneCannotBeReversed() {
        fixture.given(registered(), reported("ziya"), new TrancheVerifiedEvent(ID, "t-1"))
                .when(new ReverseTrancheCommand(ID, null, "t-1", "重复填报"), OFFICE)
                .expectEvents(new TrancheReversedEvent(ID, "t-1", "重复填报"));
        givenReported().when(new ReverseTrancheCommand(ID, null, "t-1", "重复填报"), OFFICE)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.tranche.transition")).expectNoEvents();
        fixture.given(registered(), reported("ziya"), new TrancheVerifiedEvent(ID, "t-1"), new TrancheReversedEvent(ID, "t-1", "x"))
                .when(new ReverseTrancheCommand(ID, null, "t-1", "再次"), OFFICE)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenLead_whenUnknownTranche_thenNotFound() {
        fixture.given(registered()).when(new VerifyTrancheCommand(ID, null, "nope"), OFFICE)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.tranche.notFound")).expectNoEvents();
    }

    @Test
    void givenReportedAtVersion1_whenVerifiedWithIfMatch0_thenStaleVersion() {
        givenReported().when(new VerifyTrancheCommand(ID, 0L, "t-1"), OFFICE)
                .expectException(refusal(ErrorCode.STALE_VERSION, "error.staleVersion")).expectNoEvents();
        givenReported().when(new VerifyTrancheCommand(ID, 1L, "t-1"), OFFICE)
                .expectEvents(new TrancheVerifiedEvent(ID, "t-1"));
    }
}
