package cn.jinghai.crm.platform.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Events live in Axon's own JDBC storage engine (gap-aware global index) on the event-store
 * database; its schema is owned by the Flyway migrations under {@code db/migration/{vendor}}.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfig {

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new StoreExceptionResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 DataSource dataSource,
                                                 EventStoreReaders readers) {
        EventSchema schema = new EventSchema();
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .batchSize(100);
        if (EventStoreDataSourceConfig.isSqlite(dataSource)) {
            SqliteStatements.adapt(builder, schema);
        }
        return SnapshotlessJdbcEventStorageEngine.of(builder, transactionManager, readers.dataSource());
    }
}
