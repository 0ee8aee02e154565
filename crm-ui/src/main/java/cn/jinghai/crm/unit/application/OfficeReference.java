package cn.jinghai.crm.unit.application;

import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import cn.jinghai.crm.unit.readmodel.FindUnitsQuery;
import cn.jinghai.crm.unit.readmodel.UnitView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reference data the office screens pick from (units, industry chains), read as {@code GET /api/units} does. */
@Component
public class OfficeReference {

    private final QueryGateway queries;

    public OfficeReference(QueryGateway queries) {
        this.queries = queries;
    }

    public List<UnitView> units() {
        return queries.query(new FindUnitsQuery(), ResponseTypes.multipleInstancesOf(UnitView.class)).join();
    }

    public List<ChainView> chains() {
        return queries.query(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class)).join();
    }

    /** Unit names by code, for showing a code as the office knows it. */
    public Map<String, String> unitNames() {
        return units().stream().collect(Collectors.toMap(UnitView::code, UnitView::name, (a, b) -> a));
    }

    /** "name (CODE)", or the bare code for a unit not (yet) in the read model. */
    public static Function<String, String> unitLabel(Map<String, String> names) {
        return code -> code == null ? "" : names.containsKey(code) ? names.get(code) + " (" + code + ")" : code;
    }
}
