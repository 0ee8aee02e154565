package cn.jinghai.crm.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshottedMemoryBackendTest {

    @TempDir
    Path temp;

    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void tearDown() {
        cleanUp.forEach(Runnable::run);
    }

    private Path file() {
        return temp.resolve("readstore.snapshot");
    }

    /** An event store with events of these identifiers at global indexes 1, 2, ... */
    private SnapshotAnchor eventStore(String name, String... identifiers) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + temp.resolve(name + ".db"));
        JdbcTemplate jdbc = new JdbcTemplate(source);
        jdbc.execute("CREATE TABLE IF NOT EXISTS DomainEventEntry (globalIndex INTEGER PRIMARY KEY, eventIdentifier TEXT)");
        jdbc.execute("DELETE FROM DomainEventEntry");
        for (int i = 0; i < identifiers.length; i++) {
            jdbc.update("INSERT INTO DomainEventEntry VALUES (?, ?)", i + 1, identifiers[i]);
        }
        return new SnapshotAnchor(source);
    }

    private SnapshotAnchor events() {
        return eventStore("events", "a", "b");
    }

    /** A running server on {@code backend}, handed to {@code use} through the official driver. */
    private void with(SnapshottedMemoryBackend backend, Consumer<MongoDatabase> use) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        cleanUp.add(server::shutdownNow);
        cleanUp.add(client::close);
        use.accept(client.getDatabase("crm"));
    }

    private static Document sample(int i) {
        return new Document("_id", "lead-" + i).append("name", "公司" + i).append("n", (long) i).append("small", i)
                .append("flag", i % 2 == 0).append("none", null).append("at", new Date(1_650_000_000_000L + i))
                .append("money", new Decimal128(new BigDecimal("1234.56")))
                .append("nested", new Document("count", 3L).append("list", List.of("a", "b")))
                .append("contacts", List.of(new Document("name", "张三").append("phone", "13800000000")));
    }

    @Test
    void aCollectionLargerThanOneReply_isReadWhole_batchByBatch() {
        // the driver refuses a reply over 48 MB; the server would put every match in one reply
        with(new SnapshottedMemoryBackend(), database -> {
            var collection = database.getCollection("big");
            String text = "x".repeat(2_000);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 27_000; i++) {
                batch.add(new Document("_id", i).append("text", text));
                if (batch.size() == 1_000) {
                    collection.insertMany(batch);
                    batch.clear();
                }
            }
            long[] read = {0, 0};
            collection.find().forEach(d -> {
                read[0]++;
                read[1] += d.getString("text").length();
            });
            assertThat(read[0]).isEqualTo(27_000);
            assertThat(read[1]).as("more than 48 MB read").isGreaterThan(48_000_000);
            assertThat(collection.find(Filters.gte("_id", 26_000)).into(new ArrayList<>())).hasSize(1_000);
        });
    }

    @Test
    void everyDocumentAndCollection_comesBackFromTheSnapshot_exactly() throws IOException {
        SnapshottedMemoryBackend first = new SnapshottedMemoryBackend();
        List<Document> written = new ArrayList<>();
        with(first, db -> {
            for (int i = 0; i < 2500; i++) {
                written.add(sample(i));
            }
            db.getCollection("lead_summary").insertMany(written);
            db.getCollection("tokens").insertOne(new Document("_id", "lead-list/0").append("token", "<xml/>"));
            db.createCollection("empty");
        });
        assertThat(first.snapshot(file(), events())).isTrue();
        assertThat(temp.resolve("readstore.snapshot.tmp")).doesNotExist();

        SnapshottedMemoryBackend second = new SnapshottedMemoryBackend();
        assertThat(second.restore(file(), events())).isEqualTo(2501);
        with(second, db -> {
            List<Document> read = db.getCollection("lead_summary").find().into(new ArrayList<>());
            assertThat(read).containsExactlyInAnyOrderElementsOf(written);
            assertThat(db.getCollection("tokens").find(Filters.eq("_id", "lead-list/0")).first().getString("token"))
                    .isEqualTo("<xml/>");
            assertThat(db.listCollectionNames().into(new ArrayList<>())).contains("empty");
            // the restored collections take new writes and keep _id unique
            db.getCollection("lead_summary").insertOne(sample(9999));
            assertThat(db.getCollection("lead_summary").countDocuments()).isEqualTo(2501);
            assertThat(db.getCollection("lead_summary").find(Filters.eq("_id", "lead-7")).first()).isEqualTo(sample(7));
        });
    }

    @Test
    void nothingWrittenSinceTheLastSnapshot_writesNoNewOne() throws IOException {
        SnapshottedMemoryBackend backend = new SnapshottedMemoryBackend();
        with(backend, db -> db.getCollection("c").insertOne(new Document("_id", 1)));
        assertThat(backend.snapshot(file(), events())).isTrue();
        with(backend, db -> db.getCollection("c").find().first());
        assertThat(backend.snapshot(file(), events())).as("only reads since").isFalse();
        with(backend, db -> db.getCollection("c").insertOne(new Document("_id", 2)));
        assertThat(backend.snapshot(file(), events())).isTrue();
    }

    @Test
    void aDamagedSnapshot_isMovedAside_andTheStoreStartsEmpty() throws IOException {
        SnapshottedMemoryBackend first = new SnapshottedMemoryBackend();
        with(first, db -> {
            for (int i = 0; i < 100; i++) {
                db.getCollection("c").insertOne(sample(i));
            }
        });
        first.snapshot(file(), events());
        byte[] bytes = Files.readAllBytes(file());
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file(), bytes);

        SnapshottedMemoryBackend second = new SnapshottedMemoryBackend();
        assertThat(second.restore(file(), events())).isZero();
        assertThat(file()).doesNotExist();
        try (var aside = Files.list(temp)) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("readstore.snapshot.unreadable-"));
        }
        with(second, db -> assertThat(db.getCollection("c").countDocuments()).isZero());
    }

    @Test
    void aTruncatedSnapshot_isNotTakenForAWholeOne() throws IOException {
        SnapshottedMemoryBackend first = new SnapshottedMemoryBackend();
        with(first, db -> db.getCollection("c").insertMany(List.of(sample(1), sample(2), sample(3))));
        first.snapshot(file(), events());
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length - 20));

        SnapshottedMemoryBackend second = new SnapshottedMemoryBackend();
        assertThat(second.restore(file(), events())).isZero();
        with(second, db -> assertThat(db.getCollection("c").countDocuments()).isZero());
    }

    @Test
    void aSnapshotOfAnotherOrALaterEventStore_isNotUsed() throws IOException {
        SnapshottedMemoryBackend first = new SnapshottedMemoryBackend();
        with(first, db -> db.getCollection("c").insertOne(sample(1)));
        first.snapshot(file(), eventStore("taken", "a", "b"));

        assertThat(new SnapshottedMemoryBackend().restore(file(), eventStore("restored-earlier", "a")))
                .as("the store holds fewer events than the snapshot has seen").isZero();
        first.snapshot(file(), eventStore("taken", "a", "b", "c"));
        assertThat(new SnapshottedMemoryBackend().restore(file(), eventStore("other", "x", "y", "z")))
                .as("another store's event at that place").isZero();
        first.snapshot(file(), eventStore("taken", "a", "b"));
        assertThat(new SnapshottedMemoryBackend().restore(file(), eventStore("grown", "a", "b", "c", "d")))
                .as("the same store with more events since: the processors catch up").isEqualTo(1);
    }

    @Test
    void noSnapshotYet_meansAnEmptyStore() {
        assertThat(new SnapshottedMemoryBackend().restore(file(), events())).isZero();
    }
}
