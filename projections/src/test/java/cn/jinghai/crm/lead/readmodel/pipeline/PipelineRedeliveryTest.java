package cn.jinghai.crm.lead.readmodel.pipeline;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityRecordedEvent;
import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a crash a tracking processor redelivers the events since its last stored token: applying
 * them again must leave the pipeline exactly as it was.
 */
class PipelineRedeliveryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-09-01T00:00:00Z"), ZoneOffset.UTC);
    private static final MetaData OFFICE = MetaData.from(new Actor("o", Role.DISTRICT_OFFICE, null).toMetaData());

    private MongoServer server;
    private MongoClient client;
    private PipelineProjection projection;
    private final List<Runnable> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        MongoDatabase database = client.getDatabase("test");
        projection = new PipelineProjection(database, CLOCK);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private <E> void event(long index, E event, BiConsumer<E, GlobalSequenceTrackingToken> handler) {
        events.add(() -> handler.accept(event, new GlobalSequenceTrackingToken(index)));
    }

    @Test
    void redeliveringAnySuffixOfTheEvents_changesNothing() {
        LeadId a = new LeadId("a");
        LeadId b = new LeadId("b");
        LocalDate day = LocalDate.of(2022, 3, 1);
        event(1, new LeadRegisteredEvent(a, "甲公司", null, "甲项目", "HEALTH", Channel.OWN, CapitalOrigin.FOREIGN,
                CnyAmount.parse("1000.50"), true, true, true, "ZIYA", day), projection::on);
        event(2, new LeadRegisteredEvent(b, "乙公司", null, "乙项目", "NEV", Channel.FUND, CapitalOrigin.FOREIGN,
                CnyAmount.parse("300"), false, false, false, "COOP", day), projection::on);
        event(3, new LeadStageMovedEvent(a, Stage.LEAD, Stage.NEGOTIATING, day.plusDays(10), null, null, null), projection::on);
        event(4, new LeadStageMovedEvent(a, Stage.NEGOTIATING, Stage.SIGNED, day.plusDays(30), null, CnyAmount.parse("800"), null),
                projection::on);
        event(5, new LeadReassignedEvent(b, "COOP", "ZIYA", "移交", day.plusDays(5)), projection::on);
        event(6, new ActivityRecordedEvent(a, "x", ActivityType.CALL, day.plusDays(31), "电话", null, "回访",
                day.plusDays(40)), projection::on);
        event(7, new LeadStageMovedEvent(b, Stage.LEAD, Stage.DROPPED, day.plusDays(50), "放弃", null, null), projection::on);

        events.forEach(Runnable::run);
        PipelineView once = projection.handle(new FindPipelineQuery(null), OFFICE);
        PipelineView ziya = projection.handle(new FindPipelineQuery("ZIYA"), OFFICE);
        for (int from = 0; from < events.size(); from++) {
            events.subList(from, events.size()).forEach(Runnable::run);
            assertThat(projection.handle(new FindPipelineQuery(null), OFFICE)).as("redelivered from %d", from).isEqualTo(once);
            assertThat(projection.handle(new FindPipelineQuery("ZIYA"), OFFICE)).isEqualTo(ziya);
        }
        assertThat(once.byStage().get("SIGNED").contractedCny()).isEqualTo(CnyAmount.parse("800"));
        assertThat(once.byStage().get("DROPPED").count()).isEqualTo(1);
        assertThat(once.funnel().get("SIGNED")).isEqualTo(1);
        assertThat(ziya.byUnit().get("ZIYA").count()).isEqualTo(2);
        assertThat(once.overdueNextSteps()).hasSize(1);
    }
}
