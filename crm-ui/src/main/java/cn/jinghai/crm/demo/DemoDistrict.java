package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.unit.api.UnitKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo district's fixed data: the units of the 2022 work report with their staff, quotas and how
 * far each gets in the demo year, and the 2022 targets. Quotas are in 万元 (the six parks sum to 130亿
 * and the townships and streets to 20亿, the 150亿 of the report).
 */
final class DemoDistrict {

    static final int YEAR = 2022;
    /** 市外内资、外资到位150亿元以上. */
    static final CnyAmount EXTERNAL_TARGET = CnyAmount.of("15000000000");
    /** 六大园区完成招商引资实现130亿元以上. */
    static final CnyAmount SIX_PARKS_TARGET = CnyAmount.of("13000000000");
    /** 力争引进北京高新技术企业和项目100个. */
    static final int BEIJING_TARGET = 100;
    /** How many Beijing high-tech leads the demo signs in 2022 (near the target, not at it). */
    static final int BEIJING_SIGNINGS = 97;

    /**
     * A unit of the demo.
     *
     * @param quotaWan    the 2022 quota in 万元 (0 for the Beijing office, which has none)
     * @param completion  the share of its quota the unit's verified funds reach by the end of 2022
     * @param leads       how many leads the unit registers itself
     * @param contact     the park-team user's display name
     */
    record DemoUnit(String code, String name, UnitKind kind, int staff, int dedicated, long quotaWan,
                    double completion, int leads, String contact) {

        String username() {
            return code.toLowerCase(java.util.Locale.ROOT);
        }

        boolean park() {
            return kind == UnitKind.PARK;
        }

        /** The yuan the unit's counting tranches add up to by the end of the year. */
        BigDecimal creditedYuan() {
            return BigDecimal.valueOf(quotaWan).multiply(BigDecimal.valueOf(10_000))
                    .multiply(BigDecimal.valueOf(completion)).setScale(0, java.math.RoundingMode.HALF_UP);
        }
    }

    static final String BEIJING_OFFICE = "BEIJING_OFFICE";
    /** The quota the office first gives 中德大邱庄生态城, raised mid-year (see {@link #SINO_GERMAN_FIRST_QUOTA_WAN}). */
    static final long SINO_GERMAN_FIRST_QUOTA_WAN = 150_000;

    /** Parks below one third of staff on investment work full time: 大邱庄工业区 and 天津现代建筑产业园. */
    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("ZIYA", "子牙经开区“一区三园”", UnitKind.PARK, 46, 18, 400_000, 1.02, 40, "子牙经开区招商部 刘振宇"),
            new DemoUnit("COOP", "中日（天津）健康产业发展合作示范区", UnitKind.PARK, 32, 12, 200_000, 0.90, 28, "合作示范区招商部 陈晓雯"),
            new DemoUnit("DQZ_INDUSTRIAL", "大邱庄工业区", UnitKind.PARK, 38, 10, 250_000, 1.08, 30, "大邱庄工业区招商科 赵立军"),
            new DemoUnit("SINO_GERMAN", "中德大邱庄生态城", UnitKind.PARK, 24, 9, 180_000, 0.86, 20, "中德生态城招商部 孙嘉怡"),
            new DemoUnit("MODERN_CONSTRUCTION", "天津现代建筑产业园", UnitKind.PARK, 27, 8, 150_000, 0.93, 20, "现代建筑产业园招商部 周海涛"),
            new DemoUnit("LOGISTICS", "国际商贸物流园", UnitKind.PARK, 18, 6, 120_000, 1.12, 18, "物流园招商部 吴佳琪"),
            new DemoUnit(BEIJING_OFFICE, "驻京招商机构", UnitKind.OFFICE, 8, 8, 0, 0, 34, "驻京招商机构 郑宏伟"),
            new DemoUnit("JINGHAI_TOWN", "静海镇", UnitKind.TOWNSHIP, 14, 5, 20_000, 1.18, 8, "静海镇招商办 王丽"),
            new DemoUnit("TANGGUANTUN", "唐官屯镇", UnitKind.TOWNSHIP, 12, 4, 14_000, 1.05, 6, "唐官屯镇招商办 李强"),
            new DemoUnit("DULIU", "独流镇", UnitKind.TOWNSHIP, 10, 4, 10_000, 0.97, 6, "独流镇招商办 张敏"),
            new DemoUnit("WANGKOU", "王口镇", UnitKind.TOWNSHIP, 11, 4, 10_000, 1.04, 6, "王口镇招商办 刘洋"),
            new DemoUnit("TAITOU", "台头镇", UnitKind.TOWNSHIP, 9, 3, 8_000, 0.72, 5, "台头镇招商办 陈静"),
            new DemoUnit("ZIYA_TOWN", "子牙镇", UnitKind.TOWNSHIP, 10, 4, 10_000, 1.02, 6, "子牙镇招商办 杨帆"),
            new DemoUnit("CHENGUANTUN", "陈官屯镇", UnitKind.TOWNSHIP, 10, 3, 10_000, 0.81, 6, "陈官屯镇招商办 黄磊"),
            new DemoUnit("ZHONGWANG", "中旺镇", UnitKind.TOWNSHIP, 9, 3, 8_000, 0.64, 5, "中旺镇招商办 周婷"),
            new DemoUnit("YANGCHENGZHUANG", "杨成庄乡", UnitKind.TOWNSHIP, 7, 2, 5_000, 0.55, 4, "杨成庄乡招商办 吴刚"),
            new DemoUnit("LIANGWANGZHUANG", "良王庄乡", UnitKind.TOWNSHIP, 7, 3, 5_000, 0.88, 4, "良王庄乡招商办 徐丹"),
            new DemoUnit("DAFENGDUI", "大丰堆镇", UnitKind.TOWNSHIP, 9, 3, 8_000, 0.76, 5, "大丰堆镇招商办 孙浩"),
            new DemoUnit("SHUANGTANG", "双塘镇", UnitKind.TOWNSHIP, 10, 4, 8_000, 0.93, 5, "双塘镇招商办 马骏"),
            new DemoUnit("YANZHUANG", "沿庄镇", UnitKind.TOWNSHIP, 8, 3, 8_000, 0.69, 5, "沿庄镇招商办 朱琳"),
            new DemoUnit("XIZHAIZHUANG", "西翟庄镇", UnitKind.TOWNSHIP, 8, 2, 6_000, 0.58, 4, "西翟庄镇招商办 胡斌"),
            new DemoUnit("LIANGTOU", "梁头镇", UnitKind.TOWNSHIP, 7, 3, 6_000, 0.83, 4, "梁头镇招商办 郭蕾"),
            new DemoUnit("CAIGONGZHUANG", "蔡公庄镇", UnitKind.TOWNSHIP, 8, 3, 6_000, 0.90, 4, "蔡公庄镇招商办 何伟"),
            new DemoUnit("DAQIUZHUANG", "大邱庄镇", UnitKind.TOWNSHIP, 16, 6, 30_000, 1.60, 10, "大邱庄镇招商办 高峰"),
            new DemoUnit("TUANBO", "团泊镇", UnitKind.TOWNSHIP, 13, 5, 18_000, 1.10, 8, "团泊镇招商办 林晓"),
            new DemoUnit("HUAKANG", "华康街道", UnitKind.TOWNSHIP, 6, 2, 5_000, 0.61, 3, "华康街道招商办 罗佳"),
            new DemoUnit("CHAOYANG", "朝阳街道", UnitKind.TOWNSHIP, 6, 2, 5_000, 0.74, 3, "朝阳街道招商办 梁晨"));

    /** The Beijing office's own verified funds (leads it keeps, arrivals before hand-overs), in yuan. */
    static final BigDecimal BEIJING_OFFICE_CREDITED = new BigDecimal("900000000");

    private DemoDistrict() {
    }

    static DemoUnit unit(String code) {
        return UNITS.stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code));
    }

    static List<DemoUnit> parks() {
        return UNITS.stream().filter(DemoUnit::park).toList();
    }
}
