package cn.jinghai.crm.demo;

import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.api.Stage;

import java.util.List;

/** What the demo's people write: activity notes and next steps by stage, reasons, evidence. */
final class DemoTexts {

    record Note(ActivityType type, String notes, String nextStep) {
    }

    private static final List<Note> EARLY = List.of(
            new Note(ActivityType.CALL, "电话联系企业负责人，介绍静海区位交通优势和园区产业定位，企业表示有意向了解", "发送园区招商手册及政策汇编"),
            new Note(ActivityType.VISIT, "赴企业总部拜访，了解企业扩产及华北布局计划，重点介绍疏解承接政策", "邀请企业高层来静实地考察"),
            new Note(ActivityType.MEETING, "视频会议对接项目需求：用地约50亩、标准厂房1万平方米、用电负荷等", "整理项目需求清单，协调规划、自然资源部门预审"),
            new Note(ActivityType.OTHER, "通过谷川联行平台获取企业信息，完成企业背景调查", "安排首次拜访"));
    private static final List<Note> NEGOTIATION = List.of(
            new Note(ActivityType.SITE_INSPECTION, "企业考察团一行来静考察，参观标准厂房和已落地同类企业，对配套条件表示认可", "起草投资协议初稿"),
            new Note(ActivityType.MEETING, "与企业就投资强度、亩均税收和达产时间进行洽谈，双方基本达成一致", "报区招商引资项目评审会审议"),
            new Note(ActivityType.VISIT, "区领导带队赴京拜访企业董事长，推动项目决策", "落实企业董事会决议时间"),
            new Note(ActivityType.CALL, "电话沟通协议条款修改意见，企业法务提出两处修改", "修改协议文本并征求司法局意见"));
    private static final List<Note> DELIVERY = List.of(
            new Note(ActivityType.VISIT, "协助企业办理营业执照和税务登记，开通绿色通道", "对接供地及规划手续"),
            new Note(ActivityType.MEETING, "召开项目调度会，协调水电气接入和施工许可办理", "督促施工单位进场"),
            new Note(ActivityType.SITE_INSPECTION, "现场查看项目建设进度，主体结构已完成约四成", "跟进设备采购和下一笔资金到位"),
            new Note(ActivityType.CALL, "电话了解企业资金到位安排，企业确认下一笔增资款将于近期汇入", "收集银行进账单报区招商局核验"),
            new Note(ActivityType.VISIT, "走访企业了解试生产情况，帮助解决用工和物流问题", "协调人社部门组织专场招聘"));

    static final List<String> HOLD_REASONS = List.of("企业投资计划调整，待集团董事会重新审议",
            "受疫情影响企业暂缓对外投资", "项目用地指标尚未落实，暂缓推进");
    static final List<String> DROP_REASONS = List.of("企业最终选择落户河北省", "企业经营困难，取消投资计划",
            "项目能耗指标不符合“两高”项目管控要求", "企业与其他区签约，放弃在我区投资");
    static final String SKIP_REASON = "企业决策迅速，洽谈与签约同步完成";
    static final List<String> REJECT_REASONS = List.of("与已报送的一笔资金重复，予以退回", "缺少银行进账单，请补充后重新报送",
            "该笔资金为市内企业出资，不计入市外内资");
    static final List<String> REVERSE_REASONS = List.of("经核查为企业集团内部调拨资金，非新增到位资金，予以冲销",
            "企业已将该笔资金退回原账户，冲销此前核验", "审计发现该笔资金重复计入，予以冲销");
    static final List<String> BANKS = List.of("中国工商银行静海支行", "中国建设银行静海支行", "中国农业银行静海支行",
            "中国银行静海支行", "天津农商银行静海支行", "浦发银行天津分行");

    private DemoTexts() {
    }

    static List<Note> notesFor(Stage reached) {
        if (reached == Stage.LEAD) {
            return EARLY;
        }
        return reached == Stage.NEGOTIATING || reached == Stage.ON_HOLD ? NEGOTIATION : DELIVERY;
    }

    static String handOverReason(String unitName) {
        return "项目选址确定，移交" + unitName + "跟进落地";
    }
}
