package cn.jinghai.crm.chain;

import cn.jinghai.crm.chain.api.DefineIndustryChainCommand;
import cn.jinghai.crm.chain.api.IndustryChainDefinedEvent;
import cn.jinghai.crm.chain.api.StandardChains;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndustryChainTest {

    private static final Map<String, String> OFFICE = new Actor("office", Role.DISTRICT_OFFICE, null).toMetaData();
    private static final Map<String, String> PARK = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();

    private AggregateTestFixture<IndustryChain> fixture;

    /** A fixture per given-when: each remembers the aggregate of its first step. */
    private AggregateTestFixture<IndustryChain> fresh() {
        setUp();
        return fixture;
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IndustryChain.class);
    }

    @Test
    void givenNothing_whenOfficeDefinesChain_thenDefined_andRenamingIsAnotherEvent() {
        fresh().givenNoPriorActivity().when(new DefineIndustryChainCommand("HEALTH", "大健康"), OFFICE)
                .expectEvents(new IndustryChainDefinedEvent("HEALTH", "大健康"));
        fresh().given(new IndustryChainDefinedEvent("HEALTH", "大健康"))
                .when(new DefineIndustryChainCommand("HEALTH", "大健康产业"), OFFICE)
                .expectEvents(new IndustryChainDefinedEvent("HEALTH", "大健康产业"));
    }

    @Test
    void givenChain_whenSameName_thenNoOp() {
        fresh().given(new IndustryChainDefinedEvent("HEALTH", "大健康"))
                .when(new DefineIndustryChainCommand("HEALTH", "大健康"), OFFICE)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenNothing_whenParkTeamOrBadInput_thenRefused() {
        fresh().givenNoPriorActivity().when(new DefineIndustryChainCommand("HEALTH", "大健康"), PARK)
                .expectException(Matchers.predicate(e -> e instanceof DomainException d && d.code() == ErrorCode.FORBIDDEN))
                .expectNoEvents();
        fresh().givenNoPriorActivity().when(new DefineIndustryChainCommand("health", "大健康"), OFFICE)
                .expectException(Matchers.predicate(e -> e instanceof DomainException d && "code".equals(d.field())))
                .expectNoEvents();
        fresh().givenNoPriorActivity().when(new DefineIndustryChainCommand("HEALTH", "  "), OFFICE)
                .expectException(Matchers.predicate(e -> e instanceof DomainException d && "name".equals(d.field())))
                .expectNoEvents();
    }

    @Test
    void theStandardChainsAreNine_withTheReportsThreeFirst() {
        assertThat(StandardChains.all()).hasSize(9);
        assertThat(StandardChains.all().keySet()).startsWith("HEALTH", "NEW_ENERGY", "NEV");
    }
}
