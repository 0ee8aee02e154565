package cn.jinghai.crm.relocation;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.relocation.api.CompleteRelocationListImportCommand;
import cn.jinghai.crm.relocation.api.ImportRelocationListCommand;
import cn.jinghai.crm.relocation.api.RelocationListId;
import cn.jinghai.crm.relocation.api.RelocationListImportCompletedEvent;
import cn.jinghai.crm.relocation.api.RelocationListImportedEvent;
import cn.jinghai.crm.unit.api.UnitDirectory;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

class RelocationListTest {

    private static final String SHA = "a".repeat(64);
    private static final RelocationListId ID = RelocationListId.of(SHA, "ZIYA");
    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> ZIYA = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();
    private static final Map<String, String> COOP = new Actor("coop", Role.PARK_TEAM, "COOP").toMetaData();
    private static final Map<String, String> LEADER = new Actor("leader", Role.LEADERSHIP, null).toMetaData();
    private static final Map<String, String> AMB = new Actor("amb", Role.AMBASSADOR, null).toMetaData();

    private AggregateTestFixture<RelocationList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RelocationList.class);
        fixture.registerInjectableResource((UnitDirectory) code ->
                "ZIYA".equals(code) || "COOP".equals(code) ? Optional.of(UnitKind.PARK) : Optional.empty());
    }

    private AggregateTestFixture<RelocationList> fresh() {
        setUp();
        return fixture;
    }

    private static ImportRelocationListCommand importCommand() {
        return new ImportRelocationListCommand(ID, "疏解清单.xlsx", SHA, 1234, "xlsx", "ZIYA", 3);
    }

    private static RelocationListImportedEvent imported() {
        return new RelocationListImportedEvent(ID, "疏解清单.xlsx", SHA, 1234, "xlsx", "ZIYA", 3, "ziya");
    }

    private static org.hamcrest.Matcher<Object> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code);
    }

    @Test
    void givenNothing_whenTheParkTeamImportsIntoItsUnit_thenTheListIsRecordedWithWhoAndWhichFile() {
        fixture.givenNoPriorActivity().when(importCommand(), ZIYA).expectEvents(imported()).expectResultMessagePayload(true);
    }

    @Test
    void givenAnImportedList_whenTheSameFileIsImportedAgain_thenNothingIsRecorded() {
        fixture.given(imported()).when(importCommand(), OFFICE).expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void givenNothing_whenAnotherUnitOrANonWorkingRoleImports_thenForbidden() {
        fixture.givenNoPriorActivity().when(importCommand(), COOP).expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
        fresh().givenNoPriorActivity().when(importCommand(), LEADER).expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
        fresh().givenNoPriorActivity().when(importCommand(), AMB).expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
    }

    @Test
    void givenAnImportedList_whenAnotherUnitImportsItAgain_thenStillForbidden() {
        fixture.given(imported()).when(importCommand(), COOP).expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
    }

    @Test
    void givenNothing_whenTheUnitIsUnknownOrTheIdDoesNotMatchTheFile_thenInvalid() {
        RelocationListId unknownUnit = RelocationListId.of(SHA, "NOWHERE");
        fixture.givenNoPriorActivity()
                .when(new ImportRelocationListCommand(unknownUnit, "a.csv", SHA, 1, "csv", "NOWHERE", 1), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
        fresh().givenNoPriorActivity()
                .when(new ImportRelocationListCommand(ID, "a.csv", "b".repeat(64), 1, "csv", "ZIYA", 1), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
        fresh().givenNoPriorActivity()
                .when(new ImportRelocationListCommand(ID, "a.xls", SHA, 1, "xls", "ZIYA", 1), OFFICE)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
    }

    @Test
    void givenAnImportedList_whenEveryRowIsTallied_thenCompletedOnce() {
        fixture.given(imported()).when(new CompleteRelocationListImportCommand(ID, 1, 1, 1), ZIYA)
                .expectEvents(new RelocationListImportCompletedEvent(ID, 1, 1, 1));
        fresh().given(imported(), new RelocationListImportCompletedEvent(ID, 1, 1, 1))
                .when(new CompleteRelocationListImportCommand(ID, 1, 1, 1), ZIYA).expectNoEvents();
    }

    @Test
    void givenAnImportedList_whenTheTallyMissesARow_thenRefused() {
        fixture.given(imported()).when(new CompleteRelocationListImportCommand(ID, 1, 1, 0), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
    }

    @Test
    void givenAnImportedList_whenAnotherUnitCompletesIt_thenForbidden() {
        fixture.given(imported()).when(new CompleteRelocationListImportCommand(ID, 1, 1, 1), COOP)
                .expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
    }
}
