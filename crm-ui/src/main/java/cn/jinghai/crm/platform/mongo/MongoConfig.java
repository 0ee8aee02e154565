package cn.jinghai.crm.platform.mongo;

import cn.jinghai.crm.platform.CrmProperties;
import cn.jinghai.crm.platform.projection.TokenAfterDocuments;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The read side's store: MongoDB through the official driver. Without {@code MONGODB_URI} an
 * in-process MongoDB-compatible server (memory backend) is started: everything in it is derived
 * from the events and rebuilt by the event processors at start-up, since their tracking tokens
 * live there too. Axon's Mongo extension has no Spring Boot starter for 4.12, so its token store
 * is wired here by hand.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

    private static final Logger log = LoggerFactory.getLogger(MongoConfig.class);

    /** The read store's address, with the embedded server when no MongoDB URI is configured. */
    public record EmbeddedMongo(MongoServer server, String connectionString) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.shutdownNow();
            }
        }
    }

    @Bean(destroyMethod = "close")
    public EmbeddedMongo embeddedMongo(CrmProperties properties) {
        if (!properties.mongodb().embedded()) {
            return new EmbeddedMongo(null, properties.mongodb().uri());
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://127.0.0.1:" + address.getPort();
        log.info("Read store: embedded MongoDB-compatible server on {}", uri);
        return new EmbeddedMongo(server, uri);
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
