package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.BusinessTime;
import cn.jinghai.crm.platform.CrmProperties;
import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.platform.lookup.ReferenceDataBootstrap;
import cn.jinghai.crm.platform.security.AdminBootstrap;
import cn.jinghai.crm.platform.security.UserAccounts;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Loads the demo district on the first start of an empty store when {@code crm.demo-data} is true.
 *
 * <p>When: a {@link SmartLifecycle} in phase {@link #PHASE}, after Axon's configuration has started
 * (phase {@code Integer.MAX_VALUE - 3072}: command handlers subscribed, event processors running) and
 * before the web server starts accepting requests (phase {@code Integer.MAX_VALUE - 2048}). Loading
 * sets Axon's static event clock, which every event of the JVM reads; running before the port opens
 * guarantees that no real request is recorded with a demo timestamp. (An {@code ApplicationRunner}, as
 * the admin and reference-data bootstraps use, runs after the port is open.) Those two bootstraps are
 * run here first, at the demo's first instant, and find nothing left to do when they run later.
 *
 * <p>Empty means no event and no user at all: a store that was ever started without the demo is left
 * alone. The whole demo is recorded in one transaction on the event store, so a load interrupted by a
 * crash or a failing step leaves the store empty (the next start loads it again) rather than half a
 * demo; the tracking read models wait for the connection meanwhile and catch up from the events after.
 */
@Component
public class DemoDataLoader implements SmartLifecycle {

    /** Between Axon's start ({@code MAX_VALUE - 3072}) and the web server's ({@code MAX_VALUE - 2048}). */
    public static final int PHASE = Integer.MAX_VALUE - 2560;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CrmProperties properties;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AdminBootstrap admin;
    private final ReferenceDataBootstrap referenceData;
    private final Projections projections;
    private volatile boolean running;

    public DemoDataLoader(CrmProperties properties, CommandGateway commands, PlatformTransactionManager transactionManager,
                          JdbcTemplate jdbc, UserAccounts users, PasswordEncoder encoder, AdminBootstrap admin,
                          ReferenceDataBootstrap referenceData, Projections projections) {
        this.properties = properties;
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
        this.admin = admin;
        this.referenceData = referenceData;
        this.projections = projections;
    }

    @Override
    public void start() {
        running = true;
        if (properties.demoData()) {
            loadIfEmpty();
        }
    }

    /** Loads the demo into an empty store; answers the number of steps recorded (0 when the store was not empty). */
    int loadIfEmpty() {
        Long events = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
        if ((events != null && events > 0) || !users.isEmpty()) {
            log.info("Demo data not loaded: the store is not empty ({} events)", events);
            return 0;
        }
        long started = System.nanoTime();
        DemoTimeline timeline = new DemoStoryteller().tell(this::foundation, LocalDate.now(BusinessTime.ZONE));
        Clock previous = GenericEventMessage.clock;
        try {
            transactions.executeWithoutResult(status -> play(timeline));
        } finally {
            GenericEventMessage.clock = previous;
        }
        projections.storeGrewInBulk();
        log.info("Demo district loaded: {} steps recorded in {} ms. Sign in as office/{}, ziya/{}, leader/{}, ambassador/{}"
                        + " (README, \"Demo data\")", timeline.size(), (System.nanoTime() - started) / 1_000_000,
                DemoUsers.OFFICE_PASSWORD, DemoUsers.PARK_PASSWORD, DemoUsers.LEADER_PASSWORD, DemoUsers.AMBASSADOR_PASSWORD);
        return timeline.size();
    }

    private void foundation() {
        admin.run(null);
        referenceData.run(null);
        DemoUsers.create(users, encoder);
    }

    private void play(DemoTimeline timeline) {
        for (DemoTimeline.Step step : timeline.inOrder()) {
            GenericEventMessage.clock = Clock.fixed(step.at(), ZoneOffset.UTC);
            try {
                if (step.command() instanceof Runnable work) {
                    work.run();
                } else {
                    commands.sendAndWait(GenericCommandMessage.asCommandMessage(step.command())
                            .andMetaData(step.actor().toMetaData()));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("Demo data: step at " + step.at() + " by " + step.actor().username() + " ("
                        + step.command().getClass().getSimpleName() + ") failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
