package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.Role;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead list (kept in memory beside its collection) answers every filter, search and page exactly
 * as a plain computation over the same seeded history does; a second instance on the same store
 * follows what the first one writes.
 */
class LeadListAgainstPlainComputationTest {

    private static final List<String> UNITS = List.of("ZIYA", "COOP", "DQZ_INDUSTRIAL", "TUANBO");
    private static final List<String> NAMES = List.of("北京", "天津", "Alpha", "beta", "精密", "新能源");
    private static final MetaData OFFICE = MetaData.from(new Actor("o", Role.DISTRICT_OFFICE, null).toMetaData());

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private long index;

    /** The plain computation: each lead's current fields, as the events say. */
    private record Lead(String id, String company, String project, String unit, Stage stage, LocalDate registered) {
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
    private void history(LeadListProjection projection, Random random, int count) {
        ReadModelBatch batch = ReadModelBatch.begin();
        for (int n = 0; n < count; n++) {
            if (n % 37 == 36) {
                batch.commit();
                batch = ReadModelBatch.begin();
            }
            List<String> ids = new ArrayList<>(plain.keySet());
            int kind = ids.isEmpty() ? 0 : random.nextInt(4);
            if (kind == 0) {
                String id = LeadId.random().value();
                String company = NAMES.get(random.nextInt(NAMES.size())) + "公司" + random.nextInt(50);
                String unit = UNITS.get(random.nextInt(UNITS.size()));
                String project = "项目" + random.nextInt(9);
                LocalDate on = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(40));
                projection.on(new LeadRegisteredEvent(new LeadId(id), company, null, project, "HEALTH",
                        Channel.OWN, CapitalOrigin.FOREIGN, CnyAmount.parse("100"), false, false, false, unit, on), next(), 0);
                plain.put(id, new Lead(id, company, project, unit, Stage.LEAD, on));
            } else {
                Lead lead = plain.get(ids.get(random.nextInt(ids.size())));
                switch (kind) {
                    case 1 -> {
                        Stage to = Stage.values()[random.nextInt(Stage.values().length)];
                        projection.on(new LeadStageMovedEvent(new LeadId(lead.id()), lead.stage(), to, lead.registered(),
                                null, null, null), next(), 1);
                        plain.put(lead.id(), new Lead(lead.id(), lead.company(), lead.project(), lead.unit(), to, lead.registered()));
                    }
                    case 2 -> {
                        String to = UNITS.get(random.nextInt(UNITS.size()));
                        projection.on(new LeadReassignedEvent(new LeadId(lead.id()), lead.unit(), to, "移交", lead.registered()),
                                next(), 1);
                        plain.put(lead.id(), new Lead(lead.id(), lead.company(), lead.project(), to, lead.stage(), lead.registered()));
                    }
                    default -> {
                        String company = NAMES.get(random.nextInt(NAMES.size())) + "集团" + random.nextInt(50);
                        String project = "改名项目" + random.nextInt(9);
                        projection.on(new LeadDetailsChangedEvent(new LeadId(lead.id()), company, null, project, "HEALTH",
                                Channel.OWN, CapitalOrigin.FOREIGN, CnyAmount.parse("100"), false, false, false, List.of(), null),
                                next(), 1);
                        plain.put(lead.id(), new Lead(lead.id(), company, project, lead.unit(), lead.stage(), lead.registered()));
                    }
                }
            }
        }
        batch.commit();
    }

    private void assertSame(LeadListProjection projection, String unit, Stage stage, String q, int page, int size) {
        LeadPage actual = projection.handle(new FindLeadsQuery(unit, stage, q, page, size), OFFICE);
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<String> expectedIds = plain.values().stream()
                .filter(l -> unit == null || l.unit().equals(unit))
                .filter(l -> stage == null || l.stage() == stage)
                .filter(l -> needle == null || l.company().toLowerCase(Locale.ROOT).contains(needle)
                        || l.project().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(Lead::registered).thenComparing(Lead::id))
                .map(Lead::id).toList();
        String what = "unit " + unit + ", stage " + stage + ", q " + q + ", page " + page;
        assertThat(actual.totalElements()).as(what).isEqualTo(expectedIds.size());
        assertThat(actual.content().stream().map(LeadSummary::id).toList()).as(what)
                .isEqualTo(expectedIds.stream().skip((long) page * size).limit(size).toList());
        for (LeadSummary row : actual.content()) {
            Lead lead = plain.get(row.id());
            assertThat(row.companyName()).isEqualTo(lead.company());
            assertThat(row.unitCode()).isEqualTo(lead.unit());
            assertThat(row.stage()).isEqualTo(lead.stage());
        }
    }

    @Test
    void everyFilterSearchAndPage_equalsThePlainComputation() {
        LeadListProjection projection = new LeadListProjection(database);
        Random random = new Random(20221203);
        history(projection, random, 1500);

        for (String unit : new String[]{null, "ZIYA", "COOP"}) {
            for (Stage stage : new Stage[]{null, Stage.LEAD, Stage.SIGNED}) {
                for (String q : new String[]{null, "北京", "ALPHA", "集团1", "没有这个"}) {
                    for (int page = 0; page < 3; page++) {
                        assertSame(projection, unit, stage, q, page, 7);
                    }
                }
            }
        }
        // a park team sees its own unit only, whatever it asks for
        MetaData ziya = MetaData.from(new Actor("z", Role.PARK_TEAM, "ZIYA").toMetaData());
        LeadPage own = projection.handle(new FindLeadsQuery(null, null, null, 0, 200), ziya);
        assertThat(own.content()).allMatch(l -> l.unitCode().equals("ZIYA"));
        assertThat(own.totalElements()).isEqualTo(plain.values().stream().filter(l -> l.unit().equals("ZIYA")).count());
        assertThat(projection.handle(new FindLeadsQuery("COOP", null, null, 0, 200), ziya).totalElements()).isZero();
    }

    @Test
    void aSecondInstanceOnTheSameStore_startsFromIt_andFollowsTheFirstOnesWrites() throws Exception {
        LeadListProjection writer = new LeadListProjection(database);
        Random random = new Random(7);
        history(writer, random, 400);

        LeadListProjection reader = new LeadListProjection(database, Duration.ofMillis(50));
        assertSame(reader, null, null, null, 0, 200);
        history(writer, random, 400);
        Thread.sleep(100);
        reader.handle(new FindLeadsQuery(null, null, null, 0, 1), OFFICE); // follows at most once per interval
        assertSame(reader, null, null, null, 0, 200);
        assertSame(reader, "ZIYA", null, null, 1, 5);

        writer.reset(); // rebuilt elsewhere: the follower starts again from what is stored
        plain.clear();
        history(writer, new Random(8), 100);
        Thread.sleep(100);
        reader.handle(new FindLeadsQuery(null, null, null, 0, 1), OFFICE);
        LeadPage followed = reader.handle(new FindLeadsQuery(null, null, null, 0, 200), OFFICE);
        LeadPage written = writer.handle(new FindLeadsQuery(null, null, null, 0, 200), OFFICE);
        assertThat(followed.totalElements()).isEqualTo(written.totalElements());
        assertThat(followed.content().stream().map(LeadSummary::id).toList())
                .isEqualTo(written.content().stream().map(LeadSummary::id).toList());
        assertThat(followed).isEqualTo(written);
    }
}
