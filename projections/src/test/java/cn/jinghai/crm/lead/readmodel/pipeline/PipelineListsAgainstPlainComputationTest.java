package cn.jinghai.crm.lead.readmodel.pipeline;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.ActivityRecordedEvent;
import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.projections.support.ReadModelBatch;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's stalled key projects and overdue next steps (kept in memory beside the pipeline's
 * lead documents) are exactly what a plain computation over the same seeded history finds, for the
 * district and for each unit; a second instance on the same store follows what the first one writes.
 */
class PipelineListsAgainstPlainComputationTest {

    private static final List<String> UNITS = List.of("ZIYA", "COOP", "DQZ_INDUSTRIAL");
    private static final LocalDate TODAY = LocalDate.of(2022, 6, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-01T04:00:00Z"), ZoneOffset.UTC);
    private static final MetaData OFFICE = MetaData.from(new Actor("o", Role.DISTRICT_OFFICE, null).toMetaData());

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private long index;

    /** The plain computation's lead: what the events say, field by field. */
    private record Lead(String id, String company, String project, String unit, Stage stage, boolean keyProject,
                        LocalDate registered, LocalDate lastActivity, String nextStep, LocalDate nextStepDate) {
        Lead with(String unit, Stage stage, boolean keyProject) {
            return new Lead(id, company, project, unit, stage, keyProject, registered, lastActivity, nextStep, nextStepDate);
        }
    }

    private final Map<String, Lead> plain = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        database = client.getDatabase("test");
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private GlobalSequenceTrackingToken next() {
        return new GlobalSequenceTrackingToken(++index);
    }

    /** A seeded random history of {@code count} events, handled in batches as a processor does. */
    private void history(PipelineProjection projection, Random random, int count) {
        ReadModelBatch batch = ReadModelBatch.begin();
        for (int n = 0; n < count; n++) {
            if (n % 41 == 40) {
                batch.commit();
                batch = ReadModelBatch.begin();
            }
            List<String> ids = new ArrayList<>(plain.keySet());
            int kind = ids.isEmpty() ? 0 : random.nextInt(5);
            if (kind == 0) {
                String id = LeadId.random().value();
                String unit = UNITS.get(random.nextInt(UNITS.size()));
                boolean key = random.nextBoolean();
                LocalDate on = TODAY.minusDays(random.nextInt(120));
                projection.on(new LeadRegisteredEvent(new LeadId(id), "公司" + n, null, "项目" + n, "HEALTH",
                        Channel.OWN, CapitalOrigin.FOREIGN, CnyAmount.parse("100"), false, false, key, unit, on), next());
                plain.put(id, new Lead(id, "公司" + n, "项目" + n, unit, Stage.LEAD, key, on, null, null, null));
                continue;
            }
            Lead lead = plain.get(ids.get(random.nextInt(ids.size())));
            switch (kind) {
                case 1 -> {
                    Stage to = random.nextInt(6) == 0 ? Stage.DROPPED : Stage.NEGOTIATING;
                    projection.on(new LeadStageMovedEvent(new LeadId(lead.id()), lead.stage(), to, lead.registered(),
                            to == Stage.DROPPED ? "放弃" : null, null, null), next());
                    plain.put(lead.id(), lead.with(lead.unit(), to, lead.keyProject()));
                }
                case 2 -> {
                    String to = UNITS.get(random.nextInt(UNITS.size()));
                    projection.on(new LeadReassignedEvent(new LeadId(lead.id()), lead.unit(), to, "移交", lead.registered()), next());
                    plain.put(lead.id(), lead.with(to, lead.stage(), lead.keyProject()));
                }
                case 3 -> {
                    boolean key = random.nextBoolean();
                    projection.on(new LeadDetailsChangedEvent(new LeadId(lead.id()), lead.company(), null, lead.project(),
                            "HEALTH", Channel.OWN, CapitalOrigin.FOREIGN, CnyAmount.parse("100"), false, false, key,
                            List.of(), null), next());
                    plain.put(lead.id(), lead.with(lead.unit(), lead.stage(), key));
                }
                default -> {
                    LocalDate date = TODAY.minusDays(random.nextInt(90));
                    boolean withStep = random.nextBoolean();
                    String step = withStep ? "回访" + n : null;
                    LocalDate due = withStep ? date.plusDays(random.nextInt(60)) : null;
                    projection.on(new ActivityRecordedEvent(new LeadId(lead.id()), "a" + n, ActivityType.CALL, date,
                            "电话", null, step, due), next());
                    if (lead.lastActivity() == null || !lead.lastActivity().isAfter(date)) {
                        plain.put(lead.id(), new Lead(lead.id(), lead.company(), lead.project(), lead.unit(), lead.stage(),
                                lead.keyProject(), lead.registered(), date, step, due));
                    }
                }
            }
        }
        batch.commit();
    }

    /** The stalled key projects of a unit (null: all) as plainly computed: "id:days", longest first, then by id. */
    private List<String> plainStalled(String unit) {
        List<Lead> leads = new ArrayList<>();
        for (Lead lead : plain.values()) {
            LocalDate last = lead.lastActivity() == null ? lead.registered() : lead.lastActivity();
            if (lead.stage() != Stage.DROPPED && lead.keyProject() && (unit == null || unit.equals(lead.unit()))
                    && ChronoUnit.DAYS.between(last, TODAY) >= 30) {
                leads.add(lead);
            }
        }
        leads.sort((x, y) -> {
            long dx = ChronoUnit.DAYS.between(x.lastActivity() == null ? x.registered() : x.lastActivity(), TODAY);
            long dy = ChronoUnit.DAYS.between(y.lastActivity() == null ? y.registered() : y.lastActivity(), TODAY);
            return dx != dy ? Long.compare(dy, dx) : x.id().compareTo(y.id());
        });
        List<String> result = new ArrayList<>();
        for (Lead lead : leads) {
            LocalDate last = lead.lastActivity() == null ? lead.registered() : lead.lastActivity();
            result.add(lead.id() + ":" + ChronoUnit.DAYS.between(last, TODAY) + ":" + lead.unit() + ":" + lead.company());
        }
        return result;
    }

    /** The overdue next steps of a unit (null: all) as plainly computed: "id:days:step", longest first, then by id. */
    private List<String> plainOverdue(String unit) {
        List<Lead> leads = new ArrayList<>();
        for (Lead lead : plain.values()) {
            if (lead.stage() != Stage.DROPPED && lead.nextStepDate() != null && lead.nextStepDate().isBefore(TODAY)
                    && (unit == null || unit.equals(lead.unit()))) {
                leads.add(lead);
            }
        }
        leads.sort((x, y) -> x.nextStepDate().equals(y.nextStepDate()) ? x.id().compareTo(y.id())
                : x.nextStepDate().compareTo(y.nextStepDate()));
        List<String> result = new ArrayList<>();
        for (Lead lead : leads) {
            result.add(lead.id() + ":" + ChronoUnit.DAYS.between(lead.nextStepDate(), TODAY) + ":" + lead.nextStep()
                    + ":" + lead.unit());
        }
        return result;
    }

    private static List<String> stalled(PipelineView view) {
        return view.stalledKeyProjects().stream().map(s -> s.leadId() + ":" + s.daysWithoutActivity() + ":" + s.unitCode()
                + ":" + s.companyName()).toList();
    }

    private static List<String> overdue(PipelineView view) {
        return view.overdueNextSteps().stream().map(o -> o.leadId() + ":" + o.daysOverdue() + ":" + o.nextStep()
                + ":" + o.unitCode()).toList();
    }

    private void assertListsAsPlain(PipelineProjection projection) {
        List<String> scopes = new ArrayList<>(UNITS);
        scopes.add(null);
        for (String unit : scopes) {
            PipelineView view = projection.handle(new FindPipelineQuery(unit), OFFICE);
            assertThat(stalled(view)).as("stalled in %s", unit).isEqualTo(plainStalled(unit));
            assertThat(overdue(view)).as("overdue in %s", unit).isEqualTo(plainOverdue(unit));
        }
    }

    @Test
    void stalledAndOverdue_areThoseAPlainComputationFinds_inEveryScope() {
        PipelineProjection projection = new PipelineProjection(database, CLOCK);
        history(projection, new Random(11), 1_500);

        assertThat(plainStalled(null)).as("the history has stalled key projects").hasSizeGreaterThan(10);
        assertThat(plainOverdue(null)).as("the history has overdue steps").hasSizeGreaterThan(10);
        assertListsAsPlain(projection);

        // an application started on the same store finds the same lists
        assertListsAsPlain(new PipelineProjection(database, CLOCK));
    }

    @Test
    void aSecondInstanceOnTheSameStore_followsTheWritesOfTheFirst_andItsRebuild() {
        PipelineProjection writer = new PipelineProjection(database, CLOCK);
        PipelineProjection reader = new PipelineProjection(database, CLOCK, Duration.ZERO);
        history(writer, new Random(5), 400);
        assertListsAsPlain(reader);

        history(writer, new Random(6), 400);
        assertListsAsPlain(reader);

        writer.reset(); // rebuilt by the first instance: the second starts again from what is stored
        plain.clear();
        history(writer, new Random(7), 300);
        assertListsAsPlain(reader);
        assertListsAsPlain(writer);
    }
}
