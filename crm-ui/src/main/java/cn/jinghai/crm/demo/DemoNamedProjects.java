package cn.jinghai.crm.demo;

import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Stage;

import java.util.List;

/**
 * The projects the 2022 work report names (二(一), 二(二), 二(三)), as key projects of the demo. Where
 * the report does not say which unit works a project, the unit is chosen by its industry; the companies'
 * credit codes are invented.
 *
 * @param handTo for a project the Beijing office finds and hands to a park, that park
 */
record DemoNamedProjects(String company, String project, String unit, String handTo, String chain, Channel channel,
                         CapitalOrigin origin, String foreignStyle, boolean beijing, boolean highTech, Stage target) {

    static final List<DemoNamedProjects> ALL = List.of(
            new DemoNamedProjects("北京赛昇科技有限公司", "赛昇科技智能制造项目", DemoDistrict.BEIJING_OFFICE, "ZIYA",
                    "HIGH_END_EQUIPMENT", Channel.BEIJING_OFFICE, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, true, true, Stage.CONSTRUCTION),
            new DemoNamedProjects("北京工信海威科技有限公司", "工信海威工业信息安全项目", DemoDistrict.BEIJING_OFFICE, "ZIYA",
                    "HIGH_END_EQUIPMENT", Channel.BEIJING_OFFICE, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, true, true, Stage.REGISTERED),
            new DemoNamedProjects("工信融商（北京）科技发展有限公司", "工信融商智能制造产业园项目", "ZIYA", null,
                    "HIGH_END_EQUIPMENT", Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, true, true, Stage.CONSTRUCTION),
            new DemoNamedProjects("北京模块科技有限公司", "模块科技模块化建筑生产基地项目", DemoDistrict.BEIJING_OFFICE, "MODERN_CONSTRUCTION",
                    "PREFAB_CONSTRUCTION", Channel.BEIJING_OFFICE, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, true, true, Stage.REGISTERED),
            new DemoNamedProjects("北京海纳创为科技有限公司", "海纳创为研发生产基地项目", "COOP", null,
                    "HEALTH", Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, true, true, Stage.CONSTRUCTION),
            new DemoNamedProjects("北京盛世图腾科技有限公司", "盛世图腾绿色表面处理项目", "DQZ_INDUSTRIAL", null,
                    "NEW_MATERIALS", Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, true, true, Stage.CONSTRUCTION),
            new DemoNamedProjects("东洋水素（天津）健康科技有限公司", "合作示范区水素仪对日合作项目", "COOP", null,
                    "HEALTH", Channel.OWN, CapitalOrigin.FOREIGN, "JP", false, false, Stage.REGISTERED),
            new DemoNamedProjects("天津巴特瑞新能源科技有限公司", "巴特瑞动力电池回收中日技术合作项目", "ZIYA", null,
                    "CIRCULAR_ECONOMY", Channel.BUSINESS_REFERRAL, CapitalOrigin.FOREIGN, "JP", false, false, Stage.CONSTRUCTION),
            new DemoNamedProjects("格林美（天津）城市矿产循环产业发展有限公司", "格林美增资扩产项目", "ZIYA", null,
                    "CIRCULAR_ECONOMY", Channel.BUSINESS_REFERRAL, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, false, false, Stage.OPERATING),
            new DemoNamedProjects("新能报废王（天津）再生资源有限公司", "新能报废王运营中心项目", "ZIYA", null,
                    "CIRCULAR_ECONOMY", Channel.PLATFORM, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, false, false, Stage.REGISTERED),
            new DemoNamedProjects("道博特种钢（天津）有限公司", "中德大邱庄生态城道博特种钢德资项目", "SINO_GERMAN", null,
                    "METAL_PRODUCTS", Channel.OWN, CapitalOrigin.FOREIGN, "DE", false, false, Stage.SIGNED),
            new DemoNamedProjects("天津加之冰供应链管理有限公司", "加之冰供应链中心项目", "LOGISTICS", null,
                    "MODERN_LOGISTICS", Channel.FUND, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, false, false, Stage.CONSTRUCTION),
            new DemoNamedProjects("万纬（天津）物流发展有限公司", "万纬物流三期项目", "LOGISTICS", null,
                    "MODERN_LOGISTICS", Channel.BUSINESS_REFERRAL, CapitalOrigin.DOMESTIC_OUTSIDE_CITY, null, false, false, Stage.OPERATING),
            new DemoNamedProjects("天津友发钢管集团股份有限公司", "友发钢铁钢管交易平台项目", "DQZ_INDUSTRIAL", null,
                    "METAL_PRODUCTS", Channel.OWN, CapitalOrigin.WITHIN_CITY, null, false, false, Stage.OPERATING));
}
