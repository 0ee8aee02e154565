package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.support.PostgresStore;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event-store contract on PostgreSQL, and the reason Axon's gap-aware token matters there:
 * transactions that commit out of order (held open for 1.5 s and 5 s while others commit) must not
 * make a tracking processor miss or repeat an event.
 */
@Tag("postgres")
class PostgresEventStoreTest extends EventStoreContractTest {

    private static final String SCHEMA = PostgresStore.newSchema();
    private static final Map<String, String> ZIYA = new Actor("ziya", Role.PARK_TEAM, "ZIYA").toMetaData();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("crm.eventstore.url", () -> PostgresStore.urlFor(SCHEMA));
        registry.add("crm.eventstore.user", PostgresStore::user);
        registry.add("crm.eventstore.password", PostgresStore::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    /** Counts every event a tracking processor delivers, by event identifier. */
    @ProcessingGroup("gap-probe")
    static class GapProbe {
        final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

        @EventHandler
        void on(Object payload, EventMessage<?> message) {
            seen.computeIfAbsent(message.getIdentifier(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @TestConfiguration
    static class ProbeConfig {
        @Bean
        GapProbe gapProbe() {
            return new GapProbe();
        }
    }

    @Autowired
    private GapProbe probe;
    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void commitsHeldOpenFor1500And5000Ms_areNeitherMissedNorRepeatedByATrackingProcessor() throws Exception {
        String held1 = registerLead("ziya", "ZIYA");
        String held2 = registerLead("ziya", "ZIYA");
        String busy = registerLead("ziya", "ZIYA");
        CompletableFuture<Void> short1 = holdCommitOpen(held1, 1500);
        CompletableFuture<Void> long1 = holdCommitOpen(held2, 5000);
        for (int i = 0; i < 30; i++) {
            assertThat(activity(busy).status()).isEqualTo(200);
            Thread.sleep(200);
        }
        short1.get(30, TimeUnit.SECONDS);
        long1.get(30, TimeUnit.SECONDS);

        // the held events took their global index before later events committed: real gaps were seen
        long heldIndex = jdbc.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, held2);
        long busyMax = jdbc.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, busy);
        assertThat(heldIndex).isLessThan(busyMax);

        List<String> stored = jdbc.queryForList("SELECT eventIdentifier FROM DomainEventEntry", String.class);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(35);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(probe.seen.keySet()).containsExactlyInAnyOrderElementsOf(stored);
            assertThat(probe.seen.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        });
    }

    /** Records an activity inside a transaction that stays open for {@code ms} after the insert. */
    private CompletableFuture<Void> holdCommitOpen(String leadId, long ms) {
        return CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordActivityCommand(
                    new LeadId(leadId), null, UUID.randomUUID().toString(), ActivityType.MEETING,
                    LocalDate.parse(TODAY), "长事务中的跟进", null, null, null)).andMetaData(ZIYA));
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
}
