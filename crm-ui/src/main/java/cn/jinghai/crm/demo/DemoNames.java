package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.CapitalOrigin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic (invented) names for the demo: companies by industry chain and origin, projects, people,
 * and 统一社会信用代码 with a correct GB 32100-2015 check character. Every name and code is unique
 * within one demo; all come from the one seeded {@link Random}, so every load produces the same.
 */
final class DemoNames {

    private static final List<String> BRAND_HEAD = List.of("中科", "华创", "博瑞", "恒信", "德润", "金泰", "瑞康", "宏达",
            "新源", "天成", "安泰", "嘉和", "睿德", "正元", "汇通", "鼎盛", "永盛", "融信", "泓源", "启明", "康宁", "普瑞",
            "卓越", "远航", "同创", "晟达", "景润", "星河", "联创", "京诚", "燕山", "华北", "中关", "清源", "弘毅", "和瑞");
    private static final List<String> BRAND_TAIL = List.of("科技", "智能", "精工", "创新", "华信", "恒通", "瑞达", "蓝海",
            "宏业", "海川", "东方", "鸿运", "中联", "聚能", "盛华", "新锐", "云帆", "长青");
    private static final Map<String, List<String>> INDUSTRY = Map.of(
            "HEALTH", List.of("生物医药", "医疗器械", "健康科技", "中医药科技", "康复器材", "药业"),
            "NEW_ENERGY", List.of("新能源科技", "光伏科技", "储能技术", "氢能科技", "风电设备"),
            "NEV", List.of("新能源汽车零部件", "电驱动技术", "汽车电子", "动力电池"),
            "HIGH_END_EQUIPMENT", List.of("智能装备", "精密机械", "自动化科技", "机器人科技", "航空配套"),
            "NEW_MATERIALS", List.of("新材料科技", "复合材料", "高分子材料", "表面处理技术"),
            "CIRCULAR_ECONOMY", List.of("再生资源", "环保科技", "资源循环利用", "节能技术"),
            "PREFAB_CONSTRUCTION", List.of("建筑科技", "装配式建筑", "绿色建材", "模块化建筑"),
            "MODERN_LOGISTICS", List.of("供应链管理", "物流", "冷链物流", "商贸"),
            "METAL_PRODUCTS", List.of("钢管", "五金制品", "金属制品", "特钢", "精密焊管"));
    private static final Map<String, List<String>> PROJECT = Map.of(
            "HEALTH", List.of("生产基地项目", "研发中心项目", "产业化项目", "GMP车间项目"),
            "NEW_ENERGY", List.of("储能电站项目", "装备制造项目", "光伏组件项目", "氢能产业园项目"),
            "NEV", List.of("零部件生产项目", "电驱系统项目", "整车配套项目"),
            "HIGH_END_EQUIPMENT", List.of("智能工厂项目", "装备制造基地项目", "研发生产项目"),
            "NEW_MATERIALS", List.of("新材料产业化项目", "生产线建设项目", "研发中试基地项目"),
            "CIRCULAR_ECONOMY", List.of("再生资源加工项目", "循环经济产业园项目", "资源综合利用项目"),
            "PREFAB_CONSTRUCTION", List.of("装配式构件生产基地项目", "绿色建材项目", "模块化建筑工厂项目"),
            "MODERN_LOGISTICS", List.of("智慧物流园项目", "冷链仓储项目", "华北分拨中心项目"),
            "METAL_PRODUCTS", List.of("精密钢管扩产项目", "五金制品产业园项目", "技术改造项目"));
    private static final List<String> DOMESTIC_REGIONS = List.of("北京:110108", "北京:110105", "河北:130100", "上海:310115",
            "深圳:440300", "江苏:320500", "浙江:330100", "山东:370100", "广东:440100", "河南:410100");
    private static final List<String> JAPANESE = List.of("樱田", "富士精机", "东洋健康", "三和医疗", "丸山精工", "北辰化成");
    private static final List<String> GERMAN = List.of("施坦因", "克莱默", "博格曼", "海德堡精工", "莱茵特钢", "汉斯格林");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
            "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "涛", "明", "超", "秀英", "建国", "志强", "海燕", "晓东", "文博", "思远");
    private static final List<String> TITLES = List.of("董事长", "总经理", "副总经理", "投资总监", "行政总监", "项目经理");
    private static final List<String> LEADERS = List.of("区委常委、副区长 李春来", "副区长 王海鹏", "副区长 刘静",
            "区委常委 张国华", "副区长 陈立新");
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;
    private final Set<String> companies = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A fresh company name of the chain: from Beijing, another province, Tianjin, or abroad (Japan or Germany). */
    String company(String chain, CapitalOrigin origin, boolean beijing, String foreignStyle) {
        for (int attempt = 0; ; attempt++) {
            String brand = pick(BRAND_HEAD) + pick(BRAND_TAIL);
            String industry = pick(INDUSTRY.get(chain));
            String name;
            if (origin == CapitalOrigin.FOREIGN) {
                String foreign = "JP".equals(foreignStyle) ? pick(JAPANESE) : "DE".equals(foreignStyle) ? pick(GERMAN) : pick(GERMAN);
                name = foreign + (attempt > 0 ? pick(BRAND_TAIL) : "") + "（天津）" + industry + "有限公司";
            } else if (beijing) {
                name = "北京" + brand + industry + (random.nextInt(5) == 0 ? "股份有限公司" : "有限公司");
            } else if (origin == CapitalOrigin.WITHIN_CITY) {
                name = "天津" + brand + industry + "有限公司";
            } else {
                name = pick(DOMESTIC_REGIONS).split(":")[0] + brand + industry + (random.nextInt(6) == 0 ? "集团有限公司" : "有限公司");
            }
            if (companies.add(name)) {
                return name;
            }
        }
    }

    /** Reserves a name the story gives (the report's projects), so no generated one repeats it. */
    void reserve(String companyName) {
        companies.add(companyName);
    }

    String project(String companyName, String chain) {
        String shortName = companyName.replaceFirst("^(北京|天津|河北|上海|深圳|江苏|浙江|山东|广东|河南)", "")
                .replaceFirst("（天津）.*$", "");
        shortName = shortName.length() > 4 ? shortName.substring(0, 4) : shortName;
        return shortName + pick(PROJECT.get(chain));
    }

    /** A valid 18-character credit code registered in the region of the company (new-style 91…MA…). */
    String creditCode(CapitalOrigin origin, boolean beijing) {
        String region = origin == CapitalOrigin.FOREIGN || origin == CapitalOrigin.WITHIN_CITY ? "120223"
                : beijing ? pick(List.of("110108", "110105", "110106", "110114", "110115"))
                : pick(DOMESTIC_REGIONS).split(":")[1];
        while (true) {
            StringBuilder body = new StringBuilder("91").append(region).append("MA");
            for (int i = 0; i < 7; i++) {
                body.append(CHARSET.charAt(random.nextInt(i < 5 ? CHARSET.length() : 10)));
            }
            String code = body.toString() + CreditCode.checkCharacter(body.toString());
            if (codes.add(code)) {
                return code;
            }
        }
    }

    String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    String title() {
        return pick(TITLES);
    }

    String leader() {
        return pick(LEADERS);
    }

    String phone() {
        return pick(List.of("138", "139", "135", "186", "189", "158")) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** The chains a unit works, by its industries (a park's positioning; townships work several). */
    static List<String> chainsOf(String unit) {
        return switch (unit) {
            case "ZIYA" -> List.of("CIRCULAR_ECONOMY", "CIRCULAR_ECONOMY", "NEV", "HIGH_END_EQUIPMENT", "NEW_ENERGY");
            case "COOP" -> List.of("HEALTH", "HEALTH", "HEALTH", "HIGH_END_EQUIPMENT");
            case "DQZ_INDUSTRIAL" -> List.of("METAL_PRODUCTS", "METAL_PRODUCTS", "NEW_MATERIALS", "HIGH_END_EQUIPMENT");
            case "SINO_GERMAN" -> List.of("HIGH_END_EQUIPMENT", "METAL_PRODUCTS", "NEW_MATERIALS", "NEW_ENERGY");
            case "MODERN_CONSTRUCTION" -> List.of("PREFAB_CONSTRUCTION", "PREFAB_CONSTRUCTION", "NEW_MATERIALS");
            case "LOGISTICS" -> List.of("MODERN_LOGISTICS", "MODERN_LOGISTICS", "MODERN_LOGISTICS", "NEV");
            case DemoDistrict.BEIJING_OFFICE -> List.of("HEALTH", "HIGH_END_EQUIPMENT", "NEW_ENERGY", "NEV", "NEW_MATERIALS");
            case "DAQIUZHUANG" -> List.of("METAL_PRODUCTS", "METAL_PRODUCTS", "NEW_MATERIALS");
            default -> List.of("HIGH_END_EQUIPMENT", "NEW_MATERIALS", "METAL_PRODUCTS", "HEALTH", "MODERN_LOGISTICS",
                    "NEW_ENERGY", "CIRCULAR_ECONOMY");
        };
    }
}
