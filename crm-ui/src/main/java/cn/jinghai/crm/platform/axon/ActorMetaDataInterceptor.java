package cn.jinghai.crm.platform.axon;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.platform.security.CurrentActor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Stamps every command and query dispatched on behalf of a signed-in user with that user as the
 * actor, whatever the caller put there, so handlers can check permissions themselves. Messages sent
 * outside a request (start-up jobs) keep the actor their sender set.
 */
@Component
public class ActorMetaDataInterceptor implements InitializingBean {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public ActorMetaDataInterceptor(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Override
    public void afterPropertiesSet() {
        commandGateway.registerDispatchInterceptor(new Stamp<CommandMessage<?>>());
        queryGateway.registerDispatchInterceptor(new Stamp<>());
    }

    private static final class Stamp<M extends Message<?>> implements MessageDispatchInterceptor<M> {
        @Override
        @SuppressWarnings("unchecked")
        public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
            return (index, message) -> {
                Actor actor = CurrentActor.get();
                return actor == null ? message : (M) message.andMetaData(actor.toMetaData());
            };
        }
    }
}
