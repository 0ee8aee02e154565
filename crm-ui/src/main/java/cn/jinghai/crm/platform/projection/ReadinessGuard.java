package cn.jinghai.crm.platform.projection;

import cn.jinghai.crm.projections.support.ReadModelQuery;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The one place where a query for figures waits for complete read models: every {@link ReadModelQuery}
 * dispatched while its read model is rebuilding is refused with 503 REBUILDING before it reaches a
 * handler, whoever asks (an endpoint, a screen, an export).
 */
@Component
public class ReadinessGuard implements InitializingBean {

    private final QueryGateway queries;
    private final Projections projections;

    public ReadinessGuard(QueryGateway queries, Projections projections) {
        this.queries = queries;
        this.projections = projections;
    }

    @Override
    public void afterPropertiesSet() {
        queries.registerDispatchInterceptor(new Guard());
    }

    private final class Guard implements MessageDispatchInterceptor<QueryMessage<?, ?>> {
        @Override
        public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(List<? extends QueryMessage<?, ?>> messages) {
            return (index, message) -> {
                if (message.getPayload() instanceof ReadModelQuery query) {
                    projections.requireReady(query.readModel());
                }
                return message;
            };
        }
    }
}
