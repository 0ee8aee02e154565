package cn.jinghai.crm.chain.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nine chains every store starts with. The 2022 work report names three (大健康、新能源和新能源汽车
 * "等9条产业链"); the other six follow the parks' own industries (see docs/domain-decisions.md).
 */
public final class StandardChains {

    private StandardChains() {
    }

    public static Map<String, String> all() {
        Map<String, String> chains = new LinkedHashMap<>();
        chains.put("HEALTH", "大健康");
        chains.put("NEW_ENERGY", "新能源");
        chains.put("NEV", "新能源汽车");
        chains.put("HIGH_END_EQUIPMENT", "高端装备制造");
        chains.put("NEW_MATERIALS", "新材料");
        chains.put("CIRCULAR_ECONOMY", "循环经济与节能环保");
        chains.put("PREFAB_CONSTRUCTION", "装配式建筑");
        chains.put("MODERN_LOGISTICS", "现代物流与商贸");
        chains.put("METAL_PRODUCTS", "精品钢材与金属制品");
        return chains;
    }
}
