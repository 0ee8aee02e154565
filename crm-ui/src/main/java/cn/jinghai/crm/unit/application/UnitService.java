package cn.jinghai.crm.unit.application;

import cn.jinghai.crm.unit.api.DefineUnitCommand;
import cn.jinghai.crm.unit.readmodel.FindUnitsQuery;
import cn.jinghai.crm.unit.readmodel.UnitView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Units (招商主体), for the API and the screens alike: every staff role reads them (and the screens show
 * their names wherever a code would stand); the district office defines and changes them.
 */
@Service
public class UnitService {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public UnitService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Every unit, in the registry's order. */
    public List<UnitView> units() {
        return queries.query(new FindUnitsQuery(), ResponseTypes.multipleInstancesOf(UnitView.class)).join();
    }

    /** Unit names by code, in the registry's order. */
    public Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units().forEach(u -> names.putIfAbsent(u.code(), u.name()));
        return names;
    }

    /** Creates or updates the unit {@code code}. */
    public void define(String code, UnitDetails unit) {
        commands.sendAndWait(new DefineUnitCommand(code, unit.name(), unit.kind(), unit.staff(), unit.dedicatedStaff()));
    }

    /** "name (CODE)", or the bare code for a unit not (yet) in the read model. */
    public static Function<String, String> unitLabel(Map<String, String> names) {
        return code -> code == null ? "" : names.containsKey(code) ? names.get(code) + " (" + code + ")" : code;
    }

    /**
     * Whether a unit keeps at least a third of its staff on investment work full time ("每个园区固定1/3以上的
     * 人员专职招商"); the same rule as the ranking's {@code staffingMet}, for units without a quota too.
     */
    public static boolean staffingMet(int staff, int dedicatedStaff) {
        return staff > 0 && 3L * dedicatedStaff >= staff;
    }
}
