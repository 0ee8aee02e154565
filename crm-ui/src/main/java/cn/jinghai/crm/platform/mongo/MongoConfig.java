package cn.jinghai.crm.platform.mongo;

import cn.jinghai.crm.platform.CrmProperties;
import cn.jinghai.crm.platform.eventstore.EventStoreReaders;
import cn.jinghai.crm.platform.projection.TokenAfterDocuments;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The read side's store: MongoDB through the official driver. Without {@code MONGODB_URI} an
 * in-process MongoDB-compatible server is started ({@link SnapshottedMemoryBackend}: in memory, kept
 * in a snapshot file between runs): everything in it is derived from the events, and the event
 * processors replay whatever came after the snapshot, since their tracking tokens live there too.
 * Axon's Mongo extension has no Spring Boot starter for 4.12, so its token store is wired here by hand.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

    private static final Logger log = LoggerFactory.getLogger(MongoConfig.class);

    /** The snapshot file of the embedded read store, in the data folder. */
    public static final String SNAPSHOT_FILE = "readstore.snapshot";

    /**
     * The read store's address, with the embedded server when no MongoDB URI is configured: its
     * snapshot is read at start, written every {@code crm.mongodb.snapshot-interval} and at shutdown
     * (after the event processors have stopped, since this bean is closed after everything using it).
     */
    public static final class EmbeddedMongo implements AutoCloseable {
        private final MongoServer server;
        private final SnapshottedMemoryBackend backend;
        private final Path snapshot;
        private final SnapshotAnchor anchor;
        private final ScheduledExecutorService snapshots;
        private final String connectionString;

        EmbeddedMongo(String connectionString) {
            this(null, null, null, null, null, connectionString);
        }

        private EmbeddedMongo(MongoServer server, SnapshottedMemoryBackend backend, Path snapshot, SnapshotAnchor anchor,
                              ScheduledExecutorService snapshots, String connectionString) {
            this.server = server;
            this.backend = backend;
            this.snapshot = snapshot;
            this.anchor = anchor;
            this.snapshots = snapshots;
            this.connectionString = connectionString;
        }

        public String connectionString() {
            return connectionString;
        }

        public MongoServer server() {
            return server;
        }

        /** Writes the snapshot now (if anything changed); false without an embedded store. */
        public boolean snapshot() {
            if (backend == null) {
                return false;
            }
            try {
                return backend.snapshot(snapshot, anchor);
            } catch (IOException e) {
                log.warn("Read store snapshot to {} failed; the previous one stays", snapshot, e);
                return false;
            }
        }

        @Override
        public void close() {
            if (server != null) {
                snapshots.shutdownNow();
                snapshot();
                server.shutdownNow();
            }
        }
    }

    @Bean(destroyMethod = "close")
    public EmbeddedMongo embeddedMongo(CrmProperties properties, DataSource eventStore, EventStoreReaders readers) {
        if (!properties.mongodb().embedded()) {
            return new EmbeddedMongo(properties.mongodb().uri());
        }
        Path snapshot = properties.dataDir().resolve(SNAPSHOT_FILE);
        SnapshotAnchor anchor = new SnapshotAnchor(readers.dataSource() != null ? readers.dataSource() : eventStore);
        SnapshottedMemoryBackend backend = new SnapshottedMemoryBackend();
        long started = System.nanoTime();
        long restored = backend.restore(snapshot, anchor);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://127.0.0.1:" + address.getPort();
        log.info("Read store: embedded MongoDB-compatible server on {}, {} documents restored from {} in {} ms", uri,
                restored, snapshot, (System.nanoTime() - started) / 1_000_000);
        ScheduledExecutorService snapshots = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "read-store-snapshot");
            thread.setDaemon(true);
            return thread;
        });
        EmbeddedMongo mongo = new EmbeddedMongo(server, backend, snapshot, anchor, snapshots, uri);
        long every = properties.mongodb().snapshotInterval().toMillis();
        snapshots.scheduleWithFixedDelay(mongo::snapshot, every, every, TimeUnit.MILLISECONDS);
        return mongo;
    }

    /** How long an operation waits for a reachable server before failing (and health reporting DOWN). */
    static final long SERVER_SELECTION_TIMEOUT_SECONDS = 10;

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(EmbeddedMongo mongo) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.connectionString()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(SERVER_SELECTION_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .build());
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, CrmProperties properties, EmbeddedMongo mongo) {
        String fromUri = new ConnectionString(mongo.connectionString()).getDatabase();
        return client.getDatabase(fromUri != null ? fromUri : properties.mongodb().database());
    }

    /** The processors' tokens, each written after the documents of its batch ({@link TokenAfterDocuments}). */
    @Bean
    public TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        return new TokenAfterDocuments(MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(serializer)
                .build());
    }
}
