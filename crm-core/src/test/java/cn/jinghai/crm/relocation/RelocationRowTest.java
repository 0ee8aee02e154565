package cn.jinghai.crm.relocation;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.relocation.api.RecordRelocationRowCommand;
import cn.jinghai.crm.relocation.api.RejectionReason;
import cn.jinghai.crm.relocation.api.RelocationListId;
import cn.jinghai.crm.relocation.api.RelocationRowCreatedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowId;
import cn.jinghai.crm.relocation.api.RelocationRowLinkedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowRejectedEvent;
import cn.jinghai.crm.relocation.api.RowOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

class RelocationRowTest {

    private static final RelocationListId LIST = RelocationListId.of("c".repeat(64), "ZIYA");
    private static final RelocationRowId ROW = RelocationRowId.of(LIST, 2);
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final java.time.LocalDate DATE = java.time.LocalDate.of(2022, 9, 1);
    private static final CreditCode CODE = new CreditCode("91110108551385082Q");
    private static final Map<String, String> ZIYA = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();
    private static final Map<String, String> COOP = new Actor("coop", Role.PARK_TEAM, "COOP").toMetaData();
    private static final Map<String, String> LEADER = new Actor("leader", Role.LEADERSHIP, null).toMetaData();

    private AggregateTestFixture<RelocationRow> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RelocationRow.class);
    }

    private AggregateTestFixture<RelocationRow> fresh() {
        setUp();
        return fixture;
    }

    private static RecordRelocationRowCommand record(RowOutcome outcome, LeadId lead, RejectionReason reason) {
        return new RecordRelocationRowCommand(ROW, LIST, "ZIYA", 2, outcome, lead, "北京华科精密仪器有限公司", CODE,
                "91110108551385082Q", "北京市海淀区", "整体迁移", DATE, reason, reason == null ? null : "统一社会信用代码", null);
    }

    private static org.hamcrest.Matcher<Object> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code);
    }

    @Test
    void givenNothing_whenARowCreatedALead_thenTheCompanyIsOnTheListWithThatLead() {
        fixture.givenNoPriorActivity().when(record(RowOutcome.CREATED, LEAD, null), ZIYA)
                .expectEvents(new RelocationRowCreatedEvent(ROW, LIST, "ZIYA", 2, LEAD, "北京华科精密仪器有限公司", CODE,
                        "北京市海淀区", "整体迁移", DATE));
    }

    @Test
    void givenNothing_whenARowLinksToAnExistingLead_thenLinked() {
        fixture.givenNoPriorActivity().when(record(RowOutcome.LINKED, LEAD, null), ZIYA)
                .expectEvents(new RelocationRowLinkedEvent(ROW, LIST, "ZIYA", 2, LEAD, "北京华科精密仪器有限公司", CODE,
                        "北京市海淀区", "整体迁移", DATE));
    }

    @Test
    void givenNothing_whenARowIsRejected_thenTheReasonAndColumnAreRecorded() {
        fixture.givenNoPriorActivity().when(record(RowOutcome.REJECTED, null, RejectionReason.CREDIT_CODE_INVALID), ZIYA)
                .expectEvents(new RelocationRowRejectedEvent(ROW, LIST, "ZIYA", 2, "北京华科精密仪器有限公司",
                        "91110108551385082Q", RejectionReason.CREDIT_CODE_INVALID, "统一社会信用代码", null));
    }

    @Test
    void givenNothing_whenTheOutcomeLacksWhatItNeeds_thenInvalid() {
        fixture.givenNoPriorActivity().when(record(RowOutcome.CREATED, null, null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
        fresh().givenNoPriorActivity().when(record(RowOutcome.REJECTED, null, null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new RecordRelocationRowCommand(RelocationRowId.of(LIST, 3), LIST, "ZIYA", 2,
                        RowOutcome.LINKED, LEAD, "公司", null, null, null, null, null, null, null, null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
        fresh().givenNoPriorActivity().when(new RecordRelocationRowCommand(RelocationRowId.of(LIST, 1), LIST, "ZIYA", 1,
                        RowOutcome.LINKED, LEAD, "公司", null, null, null, null, null, null, null, null), ZIYA)
                .expectException(refusal(ErrorCode.VALIDATION)).expectNoEvents();
    }

    @Test
    void givenNothing_whenAnotherUnitOrLeadershipRecordsARow_thenForbidden() {
        fixture.givenNoPriorActivity().when(record(RowOutcome.CREATED, LEAD, null), COOP)
                .expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
        fresh().givenNoPriorActivity().when(record(RowOutcome.CREATED, LEAD, null), LEADER)
                .expectException(refusal(ErrorCode.FORBIDDEN)).expectNoEvents();
    }
}
