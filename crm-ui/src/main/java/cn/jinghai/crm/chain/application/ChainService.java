package cn.jinghai.crm.chain.application;

import cn.jinghai.crm.chain.api.DefineIndustryChainCommand;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Industry chains (产业链), for the API and the screens alike: staff read them, the district office adds or renames one. */
@Service
public class ChainService {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ChainService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public List<ChainView> chains() {
        return queries.query(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class)).join();
    }

    /** Chain names by code. */
    public Map<String, String> chainNames() {
        Map<String, String> names = new LinkedHashMap<>();
        chains().forEach(c -> names.putIfAbsent(c.code(), c.name()));
        return names;
    }

    /** Adds the chain {@code code}, or renames it. */
    public void define(String code, String name) {
        commands.sendAndWait(new DefineIndustryChainCommand(code, name));
    }
}
