package cn.jinghai.crm.chain.web;

import cn.jinghai.crm.chain.api.DefineIndustryChainCommand;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Industry chains (API.md, "Codes"): nine from the first start; the district office may add more. */
@RestController
@RequestMapping("/api/industry-chains")
public class ChainController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ChainController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    public List<ChainView> list() {
        return queries.query(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class)).join();
    }

    @PutMapping("/{code}")
    public Map<String, String> define(@PathVariable String code, @RequestBody ChainRequest body) {
        commands.sendAndWait(new DefineIndustryChainCommand(code, body.name()));
        return Map.of("code", code);
    }
}
