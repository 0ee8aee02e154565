package cn.jinghai.crm.platform.axon;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A command the domain refuses (bad input, a rule, a role) is an answer, not a failure: it is logged
 * here as one line (command, actor, code, message key, field) and nowhere with a stack trace, so a
 * flood of bad requests cannot fill the disk. Axon's own warning with the trace for a refused
 * creation is turned off in {@code application.yml}; unexpected failures are still logged in full
 * where they are answered. Axon's Spring configuration registers this bean on the command bus.
 */
@Component
public class RefusalLog implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (DomainException refused) {
            CommandMessage<?> command = unitOfWork.getMessage();
            log.info("Refused {} by {}: {} {}{}", command.getPayloadType().getSimpleName(),
                    command.getMetaData().getOrDefault(Actor.USERNAME, "system"), refused.code(),
                    refused.messageKey(), refused.field() == null ? "" : " [" + refused.field() + "]");
            throw refused;
        }
    }
}
