package cn.jinghai.crm.projections.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadModelBatchTest {

    private MongoServer server;
    private MongoClient client;
    private ReadModelDocuments documents;
    private MongoCollection<Document> stored;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        documents = new ReadModelDocuments(client.getDatabase("test"), "things");
        stored = documents.collection();
    }

    @AfterEach
    void tearDown() {
        ReadModelBatch.current().ifPresent(ReadModelBatch::rollback);
        client.close();
        server.shutdownNow();
    }

    private Document storedThing(String id) {
        return stored.find(Filters.eq("_id", id)).first();
    }

    @Test
    void insideABatch_writesWaitForTheCommit_andLaterEventsSeeThemFirst() {
        ReadModelBatch batch = ReadModelBatch.begin();
        documents.put(new Document("_id", "a").append("n", 1).append(AppliedIndexWrites.FIELD, 1L));
        assertThat(documents.apply("a", 2, d -> d.put("n", 2))).isTrue();
        assertThat(documents.find("a").getInteger("n")).isEqualTo(2);
        assertThat(storedThing("a")).as("nothing written before the commit").isNull();

        batch.commit();

        assertThat(storedThing("a").getInteger("n")).isEqualTo(2);
        assertThat(storedThing("a").get(AppliedIndexWrites.FIELD, Number.class).longValue()).isEqualTo(2);
        assertThat(ReadModelBatch.current()).isEmpty();
    }

    @Test
    void whatFollowsTheDocuments_runsAfterTheyAreStored() {
        List<Document> seenByToken = new ArrayList<>();
        ReadModelBatch batch = ReadModelBatch.begin();
        documents.put(new Document("_id", "a").append("n", 1));
        ReadModelBatch.afterWrites(() -> seenByToken.add(storedThing("a")));
        assertThat(seenByToken).isEmpty();

        batch.commit();

        assertThat(seenByToken).hasSize(1);
        assertThat(seenByToken.get(0)).as("the token is written after the documents").isNotNull();
    }

    @Test
    void aRolledBackBatch_writesNothing_andRunsNothingAfter() {
        List<String> after = new ArrayList<>();
        ReadModelBatch batch = ReadModelBatch.begin();
        documents.put(new Document("_id", "a"));
        ReadModelBatch.afterWrites(() -> after.add("token"));

        batch.rollback();

        assertThat(storedThing("a")).isNull();
        assertThat(after).isEmpty();
        assertThat(ReadModelBatch.current()).isEmpty();
    }

    @Test
    void aBatchBegunInsideAnother_joinsIt_andOnlyTheOutermostCommitWrites() {
        ReadModelBatch outer = ReadModelBatch.begin();
        ReadModelBatch inner = ReadModelBatch.begin();
        assertThat(inner).isSameAs(outer);
        documents.put(new Document("_id", "a"));

        inner.commit();
        assertThat(storedThing("a")).isNull();

        outer.commit();
        assertThat(storedThing("a")).isNotNull();
    }

    @Test
    void anEventAlreadyApplied_isSkipped_andAnAbsentDocumentIsNotCreated() {
        stored.insertOne(new Document("_id", "a").append("n", 5).append(AppliedIndexWrites.FIELD, 9L));
        ReadModelBatch batch = ReadModelBatch.begin();

        assertThat(documents.apply("a", 9, d -> d.put("n", 6))).isFalse();
        assertThat(documents.apply("missing", 10, d -> d.put("n", 6))).isFalse();
        batch.commit();

        assertThat(storedThing("a").getInteger("n")).isEqualTo(5);
        assertThat(storedThing("missing")).isNull();
    }

    @Test
    void deletesAndInsertsIfAbsent_followTheBatch() {
        stored.insertOne(new Document("_id", "a").append("n", 1));
        ReadModelBatch batch = ReadModelBatch.begin();
        documents.delete("a");
        assertThat(documents.find("a")).isNull();
        documents.insertIfAbsent(new Document("_id", "b").append("n", 1));
        documents.insertIfAbsent(new Document("_id", "b").append("n", 2));
        batch.commit();

        assertThat(storedThing("a")).isNull();
        assertThat(storedThing("b").getInteger("n")).isEqualTo(1);
    }

    @Test
    void collectionsWrittenFirst_areStoredBeforeTheOthers_soACrashBetweenLeavesOnlyThemChanged() {
        ReadModelDocuments totals = new ReadModelDocuments(client.getDatabase("test"), "totals").writtenFirst();
        ReadModelBatch batch = ReadModelBatch.begin();
        // the other collection is written to first in the batch, with a document the store refuses (a crash)
        documents.put(new Document("_id", "lead").append("$refused", 1));
        totals.put(new Document("_id", "ALL").append("count", 1));

        assertThatThrownBy(batch::commit).isInstanceOf(RuntimeException.class);

        assertThat(totals.collection().find(Filters.eq("_id", "ALL")).first()).as("written first").isNotNull();
        assertThat(storedThing("lead")).isNull();
    }

    @Test
    void collectionsWrittenLast_areStoredAfterTheOthers_soACrashBeforeLeavesThemUnchanged() {
        ReadModelDocuments version = new ReadModelDocuments(client.getDatabase("test"), "version").writtenLast();
        ReadModelDocuments totals = new ReadModelDocuments(client.getDatabase("test"), "totals").writtenFirst();
        ReadModelBatch batch = ReadModelBatch.begin();
        // the version is written to first in the batch; the other collection's write is refused (a crash)
        version.put(new Document("_id", "v").append("appliedIndex", 7));
        documents.put(new Document("_id", "lead").append("$refused", 1));
        totals.put(new Document("_id", "ALL").append("count", 1));

        assertThatThrownBy(batch::commit).isInstanceOf(RuntimeException.class);

        assertThat(totals.collection().find(Filters.eq("_id", "ALL")).first()).as("written first").isNotNull();
        assertThat(version.collection().find(Filters.eq("_id", "v")).first()).as("written last").isNull();
    }

    @Test
    void withoutABatch_everyWriteIsStoredAtOnce() {
        documents.put(new Document("_id", "a").append("n", 1));
        assertThat(storedThing("a")).isNotNull();
        documents.apply("a", 3, d -> d.put("n", 2));
        assertThat(storedThing("a").getInteger("n")).isEqualTo(2);
        List<String> after = new ArrayList<>();
        ReadModelBatch.afterWrites(() -> after.add("token"));
        assertThat(after).containsExactly("token");
    }
}
