package cn.jinghai.crm.platform.axon;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.ambassador.AmbassadorRewards;
import cn.jinghai.crm.chain.IndustryChain;
import cn.jinghai.crm.referral.Referral;
import cn.jinghai.crm.relocation.RelocationList;
import cn.jinghai.crm.relocation.RelocationRow;
import cn.jinghai.crm.lead.Lead;
import cn.jinghai.crm.platform.lookup.ReferenceLookups;
import cn.jinghai.crm.target.Year;
import cn.jinghai.crm.unit.Unit;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import cn.jinghai.crm.platform.CrmProperties;
import cn.jinghai.crm.platform.eventstore.AggregateCache;
import cn.jinghai.crm.platform.projection.BatchEvents;
import cn.jinghai.crm.platform.projection.ReadModelTransactionManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.util.List;

/**
 * Axon's wiring: Jackson for every message (XStream, Axon's default, deserialises arbitrary types),
 * the actor's metadata copied from each command onto the events it causes, the aggregates, and event
 * processors without a JDBC transaction (their tokens live in MongoDB, so holding the event store's
 * connection while a projection writes would only block commands) but with a batch of read-model writes
 * ({@link ReadModelTransactionManager}).
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    /**
     * Most events handled per unit of work (one bulk write per collection, one token write) by a read
     * model's processor: a replay runs in batches this large, live processing in what has arrived.
     */
    static final int READ_MODEL_BATCH = 1000;

    private static <A> AggregateConfigurer<A> aggregate(Class<A> type, CrmProperties.EventStore store) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
        if (store.cachesAggregates()) {
            AggregateCache cache = new AggregateCache(store.aggregateCacheSize());
            aggregate.configureCache(c -> cache);
        }
        return aggregate;
    }

    /** A mapper of Axon's own: stable, independent of the HTTP layer's settings. */
    static ObjectMapper messageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    @Bean
    public CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(Actor.USERNAME, Actor.ROLE, Actor.UNIT);
    }

    /**
     * The clock that decides "today" for business-date rules: Axon's event clock, so that the date a
     * rule calls today and the instant the resulting event is recorded never disagree (the demo loader
     * sets Axon's clock to record a past year).
     */
    @Bean
    public Clock clock() {
        return new AxonEventClock();
    }

    /**
     * The aggregates, each with its own cache of recently used instances where the store has one writing
     * process ({@link AggregateCache}; {@code crm.eventstore.aggregate-cache}), and event processing.
     */
    @Bean
    public ConfigurerModule aggregatesAndProcessing(CrmProperties properties, MeterRegistry meters) {
        CrmProperties.EventStore store = properties.eventstore();
        return configurer -> {
            for (Class<?> type : List.of(Lead.class, Unit.class, Year.class, IndustryChain.class, Referral.class,
                    AmbassadorRewards.class, RelocationList.class, RelocationRow.class)) {
                configurer.configureAggregate(aggregate(type, store));
            }
            configurer.eventProcessing()
                    // a read model's documents are written once per batch, in one bulk write per collection,
                    // then its token; every read model is idempotent (appliedIndex, whole documents by _id),
                    // so a batch replayed after a crash between the two is harmless
                    .registerDefaultTransactionManager(c -> ReadModelTransactionManager.INSTANCE)
                    .registerTransactionManager(ReferenceLookups.PROCESSING_GROUP, c -> NoTransactionManager.INSTANCE)
                    .registerDefaultHandlerInterceptor((c, name) -> new BatchEvents(name, meters))
                    .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing().andBatchSize(READ_MODEL_BATCH))
                    // command-side lookups run inside the command's transaction; their failure must fail it
                    .registerSubscribingEventProcessor(ReferenceLookups.PROCESSING_GROUP)
                    .registerListenerInvocationErrorHandler(ReferenceLookups.PROCESSING_GROUP,
                            c -> PropagatingErrorHandler.instance());
        };
    }
}
