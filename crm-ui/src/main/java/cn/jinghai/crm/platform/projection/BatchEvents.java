package cn.jinghai.crm.platform.projection;

import cn.jinghai.crm.projections.support.ReadModelBatch;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Tells a read model's open {@link ReadModelBatch} which events its unit of work holds, at the first of
 * them, so the documents those events will change can be read in one query; and counts the events per
 * batch ({@value #METER}, per processor), which shows whether a replay really runs in batches.
 */
public final class BatchEvents implements MessageHandlerInterceptor<EventMessage<?>> {

    public static final String METER = "crm.readmodel.batch.events";

    private final DistributionSummary sizes;

    public BatchEvents(String processor, MeterRegistry registry) {
        this.sizes = DistributionSummary.builder(METER).description("Events handled per read-model batch")
                .tag("processor", processor).register(registry);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching && batching.isFirstMessage()) {
            sizes.record(batching.getMessages().size());
            ReadModelBatch.current().ifPresent(batch -> batch.events(batching.getMessages()));
        }
        return interceptorChain.proceed();
    }
}
