package cn.jinghai.crm.relocation.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a list's 所属行业 text to an industry chain: first a chain's own code or name, then keywords of
 * the nine standard chains, the more specific first (新能源汽车 before 新能源, 装配式建筑 before 钢). Text
 * that matches nothing is not guessed: the row is rejected so that figures by chain stay right
 * (docs/domain-decisions.md).
 */
final class IndustryMapper {

    private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("NEV", List.of("新能源汽车", "电动汽车", "智能网联", "汽车", "整车", "充电桩"));
        KEYWORDS.put("NEW_ENERGY", List.of("新能源", "光伏", "风电", "风能", "氢能", "储能", "锂电", "电池", "太阳能", "核电", "清洁能源"));
        KEYWORDS.put("HEALTH", List.of("大健康", "医药", "生物", "医疗", "健康", "制药", "药品", "养老", "康养", "中医", "保健"));
        KEYWORDS.put("PREFAB_CONSTRUCTION", List.of("装配式", "建筑", "建材", "钢结构", "土木工程"));
        KEYWORDS.put("CIRCULAR_ECONOMY", List.of("循环经济", "节能", "环保", "再生", "回收", "固废", "资源综合利用", "污水", "垃圾"));
        KEYWORDS.put("NEW_MATERIALS", List.of("新材料", "材料", "化工", "高分子", "复合", "塑料", "橡胶", "纤维", "涂料"));
        KEYWORDS.put("METAL_PRODUCTS", List.of("钢", "金属", "五金", "铸造", "锻造", "有色", "冶金", "管材", "线材"));
        KEYWORDS.put("HIGH_END_EQUIPMENT", List.of("装备", "机械", "设备", "智能制造", "机器人", "仪器", "仪表", "电子", "航空",
                "航天", "电气", "数控", "自动化", "精密"));
        KEYWORDS.put("MODERN_LOGISTICS", List.of("物流", "商贸", "仓储", "供应链", "批发", "零售", "电商", "电子商务", "贸易", "运输", "冷链"));
    }

    private final Map<String, String> chainsByName;

    /** @param chains the chains that exist: code to name */
    IndustryMapper(Map<String, String> chains) {
        this.chainsByName = new LinkedHashMap<>();
        chains.forEach((code, name) -> {
            chainsByName.put(HeaderMap.key(code), code);
            chainsByName.put(HeaderMap.key(name), code);
        });
    }

    Optional<String> chainOf(String industry) {
        String key = HeaderMap.key(industry);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String exact = chainsByName.get(key.toLowerCase(Locale.ROOT));
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, List<String>> chain : KEYWORDS.entrySet()) {
            if (chain.getValue().stream().anyMatch(key::contains) && chainsByName.containsValue(chain.getKey())) {
                return Optional.of(chain.getKey());
            }
        }
        return Optional.empty();
    }
}
