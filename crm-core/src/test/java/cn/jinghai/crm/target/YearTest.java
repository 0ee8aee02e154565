package cn.jinghai.crm.target;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.target.api.SetUnitQuotaCommand;
import cn.jinghai.crm.target.api.SetYearTargetsCommand;
import cn.jinghai.crm.target.api.UnitQuotaSetEvent;
import cn.jinghai.crm.target.api.YearTargetsSetEvent;
import cn.jinghai.crm.unit.api.UnitDirectory;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

class YearTest {

    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> LEADER = new Actor("leader", Role.LEADERSHIP, null).toMetaData();
    private static final CnyAmount YI_150 = CnyAmount.parse("15000000000");
    private static final CnyAmount YI_130 = CnyAmount.parse("13000000000");

    private AggregateTestFixture<Year> fixture;

    /** A fixture per given-when: each remembers the aggregate of its first step. */
    private AggregateTestFixture<Year> fresh() {
        setUp();
        return fixture;
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Year.class);
        fixture.registerInjectableResource((UnitDirectory) code -> switch (code) {
            case "ZIYA" -> Optional.of(UnitKind.PARK);
            case "BEIJING_OFFICE" -> Optional.of(UnitKind.OFFICE);
            default -> Optional.empty();
        });
    }

    private static org.hamcrest.Matcher<Object> refused(ErrorCode code, String field) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code
                && java.util.Objects.equals(field, d.field()));
    }

    @Test
    void givenNothing_whenOfficeSetsTheReportsTargets_thenSet() {
        fresh().givenNoPriorActivity().when(new SetYearTargetsCommand(2022, YI_150, YI_130, 100), OFFICE)
                .expectEvents(new YearTargetsSetEvent(2022, YI_150, YI_130, 100));
    }

    @Test
    void givenTargets_whenChanged_thenNewEvent_andSameTargetsAreANoOp() {
        fresh().given(new YearTargetsSetEvent(2022, YI_150, YI_130, 100))
                .when(new SetYearTargetsCommand(2022, YI_150, YI_130, 120), OFFICE)
                .expectEvents(new YearTargetsSetEvent(2022, YI_150, YI_130, 120));
        fresh().given(new YearTargetsSetEvent(2022, YI_150, YI_130, 100))
                .when(new SetYearTargetsCommand(2022, YI_150, YI_130, 100), OFFICE)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenNothing_whenTargetsBad_thenValidation() {
        fresh().givenNoPriorActivity().when(new SetYearTargetsCommand(1999, YI_150, YI_130, 100), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "year")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SetYearTargetsCommand(2022, CnyAmount.ZERO, YI_130, 100), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "externalCapitalCny")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SetYearTargetsCommand(2022, YI_130, YI_150, 100), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "sixParksCny")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SetYearTargetsCommand(2022, YI_150, YI_130, -1), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "beijingProjects")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SetYearTargetsCommand(2022, YI_150, YI_130, null), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "beijingProjects")).expectNoEvents();
    }

    @Test
    void givenNothing_whenLeadershipSetsTargets_thenForbidden() {
        fresh().givenNoPriorActivity().when(new SetYearTargetsCommand(2022, YI_150, YI_130, 100), LEADER)
                .expectException(refused(ErrorCode.FORBIDDEN, null)).expectNoEvents();
    }

    @Test
    void givenNothing_whenQuotaForAPark_thenSet_andSameQuotaIsANoOp() {
        CnyAmount quota = CnyAmount.parse("2500000000");
        fresh().givenNoPriorActivity().when(new SetUnitQuotaCommand(2022, "ZIYA", quota), OFFICE)
                .expectEvents(new UnitQuotaSetEvent(2022, "ZIYA", quota));
        fresh().given(new UnitQuotaSetEvent(2022, "ZIYA", quota))
                .when(new SetUnitQuotaCommand(2022, "ZIYA", quota), OFFICE)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenNothing_whenQuotaForUnknownUnitOrOfficeOrNotPositive_thenRefused() {
        fresh().givenNoPriorActivity().when(new SetUnitQuotaCommand(2022, "NOWHERE", CnyAmount.parse("1")), OFFICE)
                .expectException(refused(ErrorCode.NOT_FOUND, null)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SetUnitQuotaCommand(2022, "BEIJING_OFFICE", CnyAmount.parse("1")), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "unitCode")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SetUnitQuotaCommand(2022, "ZIYA", CnyAmount.parse("-1")), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "quotaCny")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new SetUnitQuotaCommand(2022, "ZIYA", null), OFFICE)
                .expectException(refused(ErrorCode.VALIDATION, "quotaCny")).expectNoEvents();
    }
}
