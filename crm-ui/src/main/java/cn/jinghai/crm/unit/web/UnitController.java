package cn.jinghai.crm.unit.web;

import cn.jinghai.crm.unit.readmodel.FindUnitsQuery;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.unit.api.DefineUnitCommand;
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

/** Units (API.md, "Units and years"): the district office writes, every staff role reads. */
@RestController
@RequestMapping("/api/units")
public class UnitController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public UnitController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    public List<UnitView> list() {
        return queries.query(new FindUnitsQuery(), ResponseTypes.multipleInstancesOf(UnitView.class)).join();
    }

    @PutMapping("/{code}")
    public Map<String, String> define(@PathVariable String code, @RequestBody UnitRequest body) {
        commands.sendAndWait(new DefineUnitCommand(code, body.name(), body.kind(), body.staff(), body.dedicatedStaff()));
        return Map.of("code", code);
    }
}
