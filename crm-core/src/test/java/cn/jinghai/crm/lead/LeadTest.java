package cn.jinghai.crm.lead;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityRecordedEvent;
import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.MoveLeadStageCommand;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.chain.api.ChainDirectory;
import cn.jinghai.crm.common.api.CompanyNames;
import cn.jinghai.crm.lead.api.CompanyRegistry;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.ReassignLeadCommand;
import cn.jinghai.crm.lead.api.UpdateLeadDetailsCommand;
import cn.jinghai.crm.unit.api.UnitDirectory;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;


class LeadTest {

    /** 2022-06-15 08:00 in Shanghai is still 2022-06-15 00:00 UTC: "today" must be read in CST. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-15T00:00:00Z"), java.time.ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2022, 6, 15);
    private static final LeadId ID = new LeadId("lead-1");

    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> ZIYA = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();
    private static final Map<String, String> COOP = new Actor("coop", Role.PARK_TEAM, "COOP").toMetaData();
    private static final Map<String, String> LEADER = new Actor("leader", Role.LEADERSHIP, null).toMetaData();
    private static final Map<String, String> AMBASSADOR = new Actor("amb", Role.AMBASSADOR, null).toMetaData();

    private static final Set<String> KNOWN_UNITS = Set.of("ZIYA", "COOP");

    private AggregateTestFixture<Lead> fixture;
    /** Company (normalised name) to owning unit, as the command-side registry would answer. */
    private Map<String, String> owners;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((UnitDirectory) code -> "BEIJING_OFFICE".equals(code)
                ? Optional.of(UnitKind.OFFICE)
                : KNOWN_UNITS.contains(code) ? Optional.of(UnitKind.PARK) : Optional.empty());
        fixture.registerInjectableResource((ChainDirectory) chain -> chain.equals("HEALTH") || chain.equals("NEV"));
        owners = new java.util.HashMap<>();
        fixture.registerInjectableResource((CompanyRegistry) (code, name, except) ->
                Optional.ofNullable(owners.get(CompanyNames.normalise(name))));
    }

    private static RegisterLeadCommand register(String unit) {
        return new RegisterLeadCommand(ID, "  北京中科仪器有限公司 ", new CreditCode("91110108551385082Q"), "精密仪器基地",
                "HEALTH", Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, CnyAmount.parse("500000000"),
                true, true, false, unit);
    }

    private static LeadRegisteredEvent registered() {
        return new LeadRegisteredEvent(ID, "北京中科仪器有限公司", new CreditCode("91110108551385082Q"), "精密仪器基地",
                "HEALTH", Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, CnyAmount.parse("500000000"),
                true, true, false, "ZIYA", TODAY);
    }

    private static LeadStageMovedEvent moved(Stage from, Stage to, String date) {
        return new LeadStageMovedEvent(ID, from, to, LocalDate.parse(date), null, null, null);
    }

    private static MoveLeadStageCommand move(Stage to, String date) {
        return new MoveLeadStageCommand(ID, null, to, LocalDate.parse(date), null, null, null);
    }

    private TestExecutor<Lead> givenRegistered() {
        return fixture.given(registered());
    }

    private static org.hamcrest.Matcher<Object> refusal(ErrorCode code, String key) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code && d.messageKey().equals(key));
    }

    private static org.hamcrest.Matcher<Object> invalidField(String field) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == ErrorCode.VALIDATION
                && field.equals(d.field()));
    }

    // --- registration ---

    @Test
    void givenNothing_whenParkTeamRegistersForOwnUnit_thenRegisteredWithTrimmedNameAndCstDate() {
        fixture.givenNoPriorActivity()
                .when(register("ZIYA"), ZIYA)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void givenNothing_whenOfficeRegistersForAnyUnit_thenRegistered() {
        fixture.givenNoPriorActivity().when(register("ZIYA"), OFFICE).expectEvents(registered());
    }

    @Test
    void givenNothing_whenParkTeamRegistersForAnotherUnit_thenForbidden() {
        fixture.givenNoPriorActivity().when(register("ZIYA"), COOP)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.lead.register.otherUnit"))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenLeadershipOrAmbassadorRegisters_thenForbidden() {
        fixture.givenNoPriorActivity().when(register("ZIYA"), LEADER)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.lead.register.role")).expectNoEvents();
        fixture.givenNoPriorActivity().when(register("ZIYA"), AMBASSADOR)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.lead.register.role")).expectNoEvents();
    }

    @Test
    void givenNothing_whenNoActorInMetadata_thenForbidden() {
        fixture.givenNoPriorActivity().when(register("ZIYA"))
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.actor.missing")).expectNoEvents();
    }

    @Test
    void givenNothing_whenRequiredFieldsMissingOrBad_thenValidationNamingTheField() {
        RegisterLeadCommand ok = register("ZIYA");
        assertRefusedField(new RegisterLeadCommand(ID, "  ", ok.creditCode(), ok.projectName(), ok.industryChain(),
                ok.channel(), ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false, "ZIYA"), "companyName");
        assertRefusedField(new RegisterLeadCommand(ID, "x".repeat(201), ok.creditCode(), ok.projectName(),
                ok.industryChain(), ok.channel(), ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false,
                "ZIYA"), "companyName");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, null, ok.industryChain(),
                ok.channel(), ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false, "ZIYA"), "projectName");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), "health",
                ok.channel(), ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false, "ZIYA"), "industryChain");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), ok.industryChain(),
                null, ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false, "ZIYA"), "channel");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), ok.industryChain(),
                ok.channel(), null, ok.plannedInvestmentCny(), true, true, false, "ZIYA"), "capitalOrigin");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), ok.industryChain(),
                ok.channel(), ok.capitalOrigin(), CnyAmount.parse("0"), true, true, false, "ZIYA"), "plannedInvestmentCny");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), ok.industryChain(),
                ok.channel(), ok.capitalOrigin(), CnyAmount.parse("-5"), true, true, false, "ZIYA"), "plannedInvestmentCny");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), ok.industryChain(),
                ok.channel(), ok.capitalOrigin(), null, true, true, false, "ZIYA"), "plannedInvestmentCny");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), ok.industryChain(),
                ok.channel(), ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false, null), "unitCode");
    }

    @Test
    void givenNothing_whenUnitOrChainUnknown_thenValidationNamingTheField() {
        RegisterLeadCommand ok = register("ZIYA");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), ok.industryChain(),
                ok.channel(), ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false, "NOWHERE"), "unitCode");
        assertRefusedField(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(), "SPACE_TOURISM",
                ok.channel(), ok.capitalOrigin(), ok.plannedInvestmentCny(), true, true, false, "ZIYA"), "industryChain");
    }

    private void assertRefusedField(RegisterLeadCommand command, String field) {
        fixture.givenNoPriorActivity().when(command, OFFICE)
                .expectException(invalidField(field))
                .expectNoEvents();
    }

    // --- stage moves ---

    @Test
    void givenLead_whenOneStepForward_thenMovedWithoutReason() {
        givenRegistered().when(move(Stage.NEGOTIATING, "2022-06-10"), ZIYA)
                .expectEvents(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-10"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenNegotiating_whenSignedWithAmount_thenMovedWithContractedAmount() {
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"))
                .when(new MoveLeadStageCommand(ID, 1L, Stage.SIGNED, TODAY, null, CnyAmount.parse("300000000"), null), ZIYA)
                .expectEvents(new LeadStageMovedEvent(ID, Stage.NEGOTIATING, Stage.SIGNED, TODAY, null,
                        CnyAmount.parse("300000000"), null));
    }

    @Test
    void givenNegotiating_whenSignedWithoutAmount_thenValidation() {
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"))
                .when(move(Stage.SIGNED, "2022-06-02"), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
    }

    @Test
    void givenLead_whenSkippingWithoutReason_thenIllegalTransition() {
        givenRegistered().when(new MoveLeadStageCommand(ID, null, Stage.SIGNED, TODAY, null, CnyAmount.parse("1"), null), ZIYA)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.stage.reasonRequired")).expectNoEvents();
    }

    @Test
    void givenLead_whenSkippingWithReason_thenMoved() {
        givenRegistered().when(new MoveLeadStageCommand(ID, null, Stage.SIGNED, TODAY, "签约仪式补录", CnyAmount.parse("1"), null), ZIYA)
                .expectEvents(new LeadStageMovedEvent(ID, Stage.LEAD, Stage.SIGNED, TODAY, "签约仪式补录", CnyAmount.parse("1"), null));
    }

    @Test
    void givenSigned_whenMovingBackWithoutReason_thenIllegalTransition_andWithReason_thenMoved() {
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"),
                        new LeadStageMovedEvent(ID, Stage.NEGOTIATING, Stage.SIGNED, LocalDate.parse("2022-06-02"), null, CnyAmount.parse("1"), null))
                .when(move(Stage.NEGOTIATING, "2022-06-03"), ZIYA)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.stage.reasonRequired")).expectNoEvents();
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"),
                        new LeadStageMovedEvent(ID, Stage.NEGOTIATING, Stage.SIGNED, LocalDate.parse("2022-06-02"), null, CnyAmount.parse("1"), null))
                .when(new MoveLeadStageCommand(ID, null, Stage.NEGOTIATING, LocalDate.parse("2022-06-03"), "合同解除", null, null), ZIYA)
                .expectEvents(new LeadStageMovedEvent(ID, Stage.SIGNED, Stage.NEGOTIATING, LocalDate.parse("2022-06-03"), "合同解除", null, null));
    }

    @Test
    void givenLead_whenOnHoldWithoutReviewDate_thenValidation_andWithIt_thenMoved() {
        givenRegistered().when(move(Stage.ON_HOLD, "2022-06-01"), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
        givenRegistered().when(new MoveLeadStageCommand(ID, null, Stage.ON_HOLD, LocalDate.parse("2022-06-01"), null, null,
                        LocalDate.parse("2022-09-01")), ZIYA)
                .expectEvents(new LeadStageMovedEvent(ID, Stage.LEAD, Stage.ON_HOLD, LocalDate.parse("2022-06-01"), null, null,
                        LocalDate.parse("2022-09-01")));
    }

    @Test
    void givenLead_whenReviewDateBeforeHoldDate_thenValidation() {
        givenRegistered().when(new MoveLeadStageCommand(ID, null, Stage.ON_HOLD, LocalDate.parse("2022-06-01"), null, null,
                        LocalDate.parse("2022-05-01")), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.stage.reviewBeforeDate")).expectNoEvents();
    }

    @Test
    void givenOnHoldFromNegotiating_whenResumingOrOneStepOn_thenNoReasonNeeded_butSkippingNeedsOne() {
        var hold = new LeadStageMovedEvent(ID, Stage.NEGOTIATING, Stage.ON_HOLD, LocalDate.parse("2022-06-02"), null, null,
                LocalDate.parse("2022-07-01"));
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"), hold)
                .when(move(Stage.NEGOTIATING, "2022-06-03"), ZIYA)
                .expectEvents(moved(Stage.ON_HOLD, Stage.NEGOTIATING, "2022-06-03"));
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"), hold)
                .when(new MoveLeadStageCommand(ID, null, Stage.SIGNED, LocalDate.parse("2022-06-03"), null, CnyAmount.parse("9"), null), ZIYA)
                .expectEvents(new LeadStageMovedEvent(ID, Stage.ON_HOLD, Stage.SIGNED, LocalDate.parse("2022-06-03"), null, CnyAmount.parse("9"), null));
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"), hold)
                .when(move(Stage.REGISTERED, "2022-06-03"), ZIYA)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.stage.reasonRequired")).expectNoEvents();
    }

    @Test
    void givenLead_whenDroppedWithoutReason_thenIllegalTransition_andReopeningNeedsReason() {
        givenRegistered().when(move(Stage.DROPPED, "2022-06-01"), ZIYA)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.stage.reasonRequired")).expectNoEvents();
        var dropped = new LeadStageMovedEvent(ID, Stage.LEAD, Stage.DROPPED, LocalDate.parse("2022-06-01"), "企业放弃", null, null);
        givenRegistered().andGiven(dropped).when(move(Stage.NEGOTIATING, "2022-06-02"), ZIYA)
                .expectException(refusal(ErrorCode.ILLEGAL_TRANSITION, "error.stage.reasonRequired")).expectNoEvents();
    }

    @Test
    void givenLead_whenMovingToCurrentStage_thenNoEvents() {
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"))
                .when(move(Stage.NEGOTIATING, "2022-06-02"), ZIYA)
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload(1L);
    }

    @Test
    void givenLead_whenMovingBackToLead_thenValidation() {
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"))
                .when(new MoveLeadStageCommand(ID, null, Stage.LEAD, TODAY, "重新评估", null, null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.stage.backToLead")).expectNoEvents();
    }

    @Test
    void givenLead_whenDateInFutureInCst_thenValidation() {
        givenRegistered().when(move(Stage.NEGOTIATING, "2022-06-16"), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.date.future")).expectNoEvents();
    }

    @Test
    void givenMoveOnJune5_whenNextMoveDatedEarlier_thenValidation() {
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-05"))
                .when(new MoveLeadStageCommand(ID, null, Stage.ON_HOLD, LocalDate.parse("2022-06-04"), null, null, TODAY), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.stage.dateBeforeLastMove")).expectNoEvents();
    }

    @Test
    void givenLead_whenAmountOrReviewDateGivenForOtherStages_thenValidation() {
        givenRegistered().when(new MoveLeadStageCommand(ID, null, Stage.NEGOTIATING, TODAY, null, CnyAmount.parse("1"), null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.stage.contractedOnlyForSigned")).expectNoEvents();
        givenRegistered().when(new MoveLeadStageCommand(ID, null, Stage.NEGOTIATING, TODAY, null, null, TODAY), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.stage.reviewOnlyForHold")).expectNoEvents();
    }

    @Test
    void givenLeadOfZiya_whenAnotherParkTeamMovesIt_thenNotFound() {
        givenRegistered().when(move(Stage.NEGOTIATING, "2022-06-10"), COOP)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
    }

    @Test
    void givenLeadOfZiya_whenAnotherParkTeamSendsStaleVersion_thenStillNotFound() {
        givenRegistered().when(new MoveLeadStageCommand(ID, 7L, Stage.NEGOTIATING, TODAY, null, null, null), COOP)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
    }

    @Test
    void givenLead_whenLeadershipMovesIt_thenForbidden() {
        givenRegistered().when(move(Stage.NEGOTIATING, "2022-06-10"), LEADER)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.lead.work.role")).expectNoEvents();
    }

    @Test
    void givenVersion1_whenIfMatch0_thenStaleVersion() {
        givenRegistered().andGiven(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-01"))
                .when(new MoveLeadStageCommand(ID, 0L, Stage.ON_HOLD, TODAY, null, null, TODAY), OFFICE)
                .expectException(refusal(ErrorCode.STALE_VERSION, "error.staleVersion")).expectNoEvents();
    }

    // --- activities ---

    private static RecordActivityCommand activity(String nextStep, LocalDate nextStepDate) {
        return new RecordActivityCommand(ID, null, "a-1", ActivityType.VISIT, LocalDate.parse("2022-06-14"),
                "拜访企业负责人", "张三", nextStep, nextStepDate);
    }

    @Test
    void givenLead_whenActivityWithNextStep_thenRecorded() {
        givenRegistered().when(activity("安排考察", LocalDate.parse("2022-06-20")), ZIYA)
                .expectEvents(new ActivityRecordedEvent(ID, "a-1", ActivityType.VISIT, LocalDate.parse("2022-06-14"),
                        "拜访企业负责人", "张三", "安排考察", LocalDate.parse("2022-06-20")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenLead_whenNextStepWithoutDateOrDateWithoutStep_thenValidation() {
        givenRegistered().when(activity("安排考察", null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
        givenRegistered().when(activity(null, LocalDate.parse("2022-06-20")), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
        givenRegistered().when(activity("安排考察", LocalDate.parse("2022-06-01")), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.activity.nextStepBeforeDate")).expectNoEvents();
    }

    @Test
    void givenLead_whenActivityWithoutNotesOrType_thenValidation() {
        givenRegistered().when(new RecordActivityCommand(ID, null, "a-1", ActivityType.CALL, TODAY, " ", null, null, null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
        givenRegistered().when(new RecordActivityCommand(ID, null, "a-1", null, TODAY, "电话沟通", null, null, null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION, "error.required")).expectNoEvents();
    }

    @Test
    void givenLeadOfZiya_whenAnotherParkTeamRecordsActivity_thenNotFound() {
        givenRegistered().when(activity(null, null), COOP)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
    }

    @Test
    void metaDataOfDispatch_isNotPartOfEvents_butActorIsRequired() {
        givenRegistered().when(activity(null, null), MetaData.emptyInstance())
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.actor.missing")).expectNoEvents();
    }

    // --- 首报首谈 ---

    @Test
    void givenCompanyOwnedByCoop_whenZiyaRegistersIt_thenDuplicateWithoutNamingTheOwner() {
        owners.put(CompanyNames.normalise("北京中科仪器有限公司"), "COOP");
        fixture.givenNoPriorActivity().when(register("ZIYA"), ZIYA)
                .expectException(refusal(ErrorCode.DUPLICATE_COMPANY, "error.lead.duplicateCompany")).expectNoEvents();
    }

    @Test
    void givenCompanyOwnedByCoop_whenTheOfficeRegistersItForZiya_thenDuplicateNamingTheOwner() {
        owners.put(CompanyNames.normalise("北京中科仪器有限公司"), "COOP");
        fixture.givenNoPriorActivity().when(register("ZIYA"), OFFICE)
                .expectException(Matchers.predicate(e -> e instanceof DomainException d
                        && d.code() == ErrorCode.DUPLICATE_COMPANY && d.messageKey().equals("error.lead.duplicateCompany.owner")
                        && d.args()[0].equals("COOP")))
                .expectNoEvents();
    }

    @Test
    void givenCompanyOwnedByZiya_whenZiyaOpensAnotherProject_thenRegistered() {
        owners.put(CompanyNames.normalise("北京中科仪器有限公司"), "ZIYA");
        fixture.givenNoPriorActivity().when(register("ZIYA"), ZIYA).expectEvents(registered());
    }

    // --- details (PATCH) ---

    private static UpdateLeadDetailsCommand patch(Long version, Set<String> fields, String projectName, Boolean keyProject,
                                                  List<Contact> contacts, String leader) {
        return new UpdateLeadDetailsCommand(ID, version, fields, null, null, projectName, null, null, null, null, null, null,
                keyProject, contacts, leader);
    }

    @Test
    void givenLead_whenPatchingProjectContactsAndLeader_thenOneEventWithTheNewDetails() {
        List<Contact> contacts = List.of(new Contact("王经理", "总经理", "138 0013 8000"));
        givenRegistered()
                .when(patch(0L, Set.of("projectName", "keyProject", "contacts", "responsibleLeader"), "二期扩建", true,
                        contacts, "李副区长"), ZIYA)
                .expectEvents(new LeadDetailsChangedEvent(ID, "北京中科仪器有限公司", new CreditCode("91110108551385082Q"),
                        "二期扩建", "HEALTH", Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY,
                        CnyAmount.parse("500000000"), true, true, true, contacts, "李副区长"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenLead_whenPatchChangesNothing_thenNoEvents() {
        givenRegistered().when(patch(null, Set.of("projectName"), "精密仪器基地", null, null, null), ZIYA)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenLead_whenLeaderWithoutKeyProjectOrBadPhoneOrBlankName_thenValidation() {
        givenRegistered().when(patch(null, Set.of("responsibleLeader"), null, null, null, "李副区长"), ZIYA)
                .expectException(invalidField("responsibleLeader")).expectNoEvents();
        givenRegistered().when(patch(null, Set.of("contacts"), null, null, List.of(new Contact("王", null, "call me")), null), ZIYA)
                .expectException(invalidField("contacts[0].phone")).expectNoEvents();
        givenRegistered().when(patch(null, Set.of("projectName"), " ", null, null, null), ZIYA)
                .expectException(invalidField("projectName")).expectNoEvents();
    }

    @Test
    void givenLead_whenRenamedToACompanyOfAnotherUnit_thenDuplicate() {
        owners.put(CompanyNames.normalise("天津某某有限公司"), "COOP");
        givenRegistered().when(new UpdateLeadDetailsCommand(ID, null, Set.of("companyName", "creditCode"), "天津某某有限责任公司",
                        null, null, null, null, null, null, null, null, null, null, null), ZIYA)
                .expectException(refusal(ErrorCode.DUPLICATE_COMPANY, "error.lead.duplicateCompany")).expectNoEvents();
    }

    @Test
    void givenLeadOfZiya_whenCoopPatchesIt_thenNotFound_andStaleVersionIsRefused() {
        givenRegistered().when(patch(null, Set.of("projectName"), "改名", null, null, null), COOP)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
        givenRegistered().when(patch(5L, Set.of("projectName"), "改名", null, null, null), ZIYA)
                .expectException(refusal(ErrorCode.STALE_VERSION, "error.staleVersion")).expectNoEvents();
    }

    // --- reassignment ---

    @Test
    void givenLead_whenOfficeReassigns_thenReassignedFromItsEffectiveDate() {
        givenRegistered().when(new ReassignLeadCommand(ID, null, "COOP", "企业选址调整", LocalDate.parse("2022-06-01")), OFFICE)
                .expectEvents(new LeadReassignedEvent(ID, "ZIYA", "COOP", "企业选址调整", LocalDate.parse("2022-06-01")));
    }

    @Test
    void givenLeadOfZiya_whenZiyaReassignsIt_thenForbidden_andCoopGetsNotFound() {
        givenRegistered().when(new ReassignLeadCommand(ID, null, "COOP", "x", TODAY), ZIYA)
                .expectException(refusal(ErrorCode.FORBIDDEN, "error.lead.reassign.role")).expectNoEvents();
        givenRegistered().when(new ReassignLeadCommand(ID, null, "COOP", "x", TODAY), COOP)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
    }

    @Test
    void givenLeadOfTheBeijingOffice_whenTheBeijingOfficeHandsItToAPark_thenReassigned() {
        var beijingLead = new LeadRegisteredEvent(ID, "北京中科仪器有限公司", null, "精密仪器基地", "HEALTH",
                Channel.BEIJING_OFFICE, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, CnyAmount.parse("1"), true, true, false,
                "BEIJING_OFFICE", TODAY);
        Map<String, String> beijing = new Actor("bj", Role.PARK_TEAM, "BEIJING_OFFICE").toMetaData();
        fixture.given(beijingLead).when(new ReassignLeadCommand(ID, null, "ZIYA", "交由子牙园区落地", TODAY), beijing)
                .expectEvents(new LeadReassignedEvent(ID, "BEIJING_OFFICE", "ZIYA", "交由子牙园区落地", TODAY));
    }

    @Test
    void givenReassignedOnJune1_whenBadReassignments_thenValidation() {
        var first = new LeadReassignedEvent(ID, "ZIYA", "COOP", "调整", LocalDate.parse("2022-06-01"));
        givenRegistered().andGiven(first).when(new ReassignLeadCommand(ID, null, "ZIYA", "回调", LocalDate.parse("2022-05-31")), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "error.lead.reassign.beforePrevious")).expectNoEvents();
        givenRegistered().andGiven(first).when(new ReassignLeadCommand(ID, null, "COOP", "重复", TODAY), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION, "error.lead.reassign.sameUnit")).expectNoEvents();
        givenRegistered().when(new ReassignLeadCommand(ID, null, "NOWHERE", "x", TODAY), OFFICE)
                .expectException(invalidField("unitCode")).expectNoEvents();
        givenRegistered().when(new ReassignLeadCommand(ID, null, "COOP", " ", TODAY), OFFICE)
                .expectException(invalidField("reason")).expectNoEvents();
        givenRegistered().when(new ReassignLeadCommand(ID, null, "COOP", "x", TODAY.plusDays(1)), OFFICE)
                .expectException(invalidField("effectiveDate")).expectNoEvents();
    }

    @Test
    void givenReassignedToCoop_whenZiyaMovesTheLead_thenNotFound_andCoopMayWorkIt() {
        var handed = new LeadReassignedEvent(ID, "ZIYA", "COOP", "调整", LocalDate.parse("2022-06-01"));
        givenRegistered().andGiven(handed).when(move(Stage.NEGOTIATING, "2022-06-10"), ZIYA)
                .expectException(refusal(ErrorCode.NOT_FOUND, "error.lead.notFound")).expectNoEvents();
        givenRegistered().andGiven(handed).when(move(Stage.NEGOTIATING, "2022-06-10"), COOP)
                .expectEvents(moved(Stage.LEAD, Stage.NEGOTIATING, "2022-06-10"));
    }

    // --- referral channel ---

    @Test
    void givenNothing_whenAParkTeamRegistersAReferralChannelLeadDirectly_thenValidation() {
        RegisterLeadCommand ok = register("ZIYA");
        fixture.givenNoPriorActivity().when(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(),
                        ok.industryChain(), Channel.AMBASSADOR_REFERRAL, ok.capitalOrigin(), ok.plannedInvestmentCny(),
                        true, true, false, "ZIYA"), ZIYA)
                .expectException(invalidField("channel")).expectNoEvents();
    }

    @Test
    void givenNothing_whenTheOfficeRegistersTheLeadOfAnAcceptedReferral_thenItNamesTheAmbassador() {
        RegisterLeadCommand ok = register("ZIYA");
        fixture.givenNoPriorActivity().when(new RegisterLeadCommand(ID, ok.companyName(), null, ok.projectName(),
                        ok.industryChain(), Channel.AMBASSADOR_REFERRAL, ok.capitalOrigin(), ok.plannedInvestmentCny(),
                        true, true, false, "ZIYA", "r-1", "amb-zhang"), OFFICE)
                .expectEvents(new LeadRegisteredEvent(ID, "北京中科仪器有限公司", null, "精密仪器基地", "HEALTH",
                        Channel.AMBASSADOR_REFERRAL, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, CnyAmount.parse("500000000"),
                        true, true, false, "ZIYA", TODAY, "r-1", "amb-zhang"));
    }

    @Test
    void givenAReferralLead_whenItsChannelIsPatchedAway_thenValidation() {
        fixture.given(new LeadRegisteredEvent(ID, "北京中科仪器有限公司", null, "精密仪器基地", "HEALTH",
                        Channel.AMBASSADOR_REFERRAL, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, CnyAmount.parse("500000000"),
                        true, true, false, "ZIYA", TODAY, "r-1", "amb-zhang"))
                .when(new UpdateLeadDetailsCommand(ID, null, Set.of("channel"), null, null, null, null, Channel.OWN, null,
                        null, null, null, null, null, null), ZIYA)
                .expectException(invalidField("channel")).expectNoEvents();
    }
}
