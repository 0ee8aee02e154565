package cn.jinghai.crm.unit;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.unit.api.DefineUnitCommand;
import cn.jinghai.crm.unit.api.UnitChangedEvent;
import cn.jinghai.crm.unit.api.UnitDefinedEvent;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

class UnitTest {

    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> PARK = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();

    private AggregateTestFixture<Unit> fixture;

    /** A fixture per given-when: each remembers the aggregate of its first step. */
    private AggregateTestFixture<Unit> fresh() {
        setUp();
        return fixture;
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
    }

    private static org.hamcrest.Matcher<Object> invalid(String field) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == ErrorCode.VALIDATION && field.equals(d.field()));
    }

    @Test
    void givenNothing_whenOfficeDefinesUnit_thenDefined() {
        fresh().givenNoPriorActivity()
                .when(new DefineUnitCommand("ZIYA", " 子牙经开区 ", UnitKind.PARK, 30, 12), OFFICE)
                .expectEvents(new UnitDefinedEvent("ZIYA", "子牙经开区", UnitKind.PARK, 30, 12));
    }

    @Test
    void givenUnit_whenStaffingChanges_thenChangedEvent_andSameValuesAreANoOp() {
        fresh().given(new UnitDefinedEvent("ZIYA", "子牙经开区", UnitKind.PARK, 30, 12))
                .when(new DefineUnitCommand("ZIYA", "子牙经开区", UnitKind.PARK, 30, 10), OFFICE)
                .expectEvents(new UnitChangedEvent("ZIYA", "子牙经开区", UnitKind.PARK, 30, 10));
        fresh().given(new UnitDefinedEvent("ZIYA", "子牙经开区", UnitKind.PARK, 30, 12))
                .when(new DefineUnitCommand("ZIYA", "子牙经开区", UnitKind.PARK, 30, 12), OFFICE)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenNothing_whenParkTeamDefinesUnit_thenForbidden() {
        fresh().givenNoPriorActivity().when(new DefineUnitCommand("ZIYA", "子牙", UnitKind.PARK, 1, 1), PARK)
                .expectException(Matchers.predicate(e -> e instanceof DomainException d && d.code() == ErrorCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenInputBad_thenValidationNamingTheField() {
        fresh().givenNoPriorActivity().when(new DefineUnitCommand("ziya", "子牙", UnitKind.PARK, 1, 1), OFFICE)
                .expectException(invalid("code")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new DefineUnitCommand("ZIYA", " ", UnitKind.PARK, 1, 1), OFFICE)
                .expectException(invalid("name")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new DefineUnitCommand("ZIYA", "子牙", null, 1, 1), OFFICE)
                .expectException(invalid("kind")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new DefineUnitCommand("ZIYA", "子牙", UnitKind.PARK, -1, 0), OFFICE)
                .expectException(invalid("staff")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new DefineUnitCommand("ZIYA", "子牙", UnitKind.PARK, null, 0), OFFICE)
                .expectException(invalid("staff")).expectNoEvents();
        fresh().givenNoPriorActivity().when(new DefineUnitCommand("ZIYA", "子牙", UnitKind.PARK, 10, 11), OFFICE)
                .expectException(invalid("dedicatedStaff")).expectNoEvents();
    }
}
