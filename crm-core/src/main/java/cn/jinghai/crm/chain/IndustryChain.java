package cn.jinghai.crm.chain;

import cn.jinghai.crm.chain.api.DefineIndustryChainCommand;
import cn.jinghai.crm.chain.api.IndustryChainDefinedEvent;
import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An industry chain: a stable code and a display name the district office may add or rename. */
public class IndustryChain {

    static final int NAME_MAX = 50;

    @AggregateIdentifier
    private String code;
    private String name;

    protected IndustryChain() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineIndustryChainCommand command, MetaData metaData) {
        if (!Actor.from(metaData).is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.chain.role");
        }
        String chainCode = Checks.code("code", command.code());
        String newName = Checks.text("name", command.name(), NAME_MAX);
        if (!newName.equals(name)) {
            apply(new IndustryChainDefinedEvent(chainCode, newName));
        }
    }

    @EventSourcingHandler
    void on(IndustryChainDefinedEvent event) {
        code = event.code();
        name = event.name();
    }
}
