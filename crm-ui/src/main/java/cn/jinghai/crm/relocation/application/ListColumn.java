package cn.jinghai.crm.relocation.application;

import java.util.List;

/**
 * The columns a list may have, with the header the template uses and the variants lists use in
 * practice. Headers are compared in {@link HeaderMap#key} form (half-width, no spaces, no required-mark
 * asterisks, one kind of bracket); a unit in brackets after an amount header (万元, 亿元, 元) sets the
 * amount's unit.
 */
public enum ListColumn {
    COMPANY_NAME("企业名称", true, "企业名称", "单位名称", "公司名称", "企业全称", "企业名", "名称", "企业(单位)名称", "市场主体名称", "纳税人名称"),
    CREDIT_CODE("统一社会信用代码", false, "统一社会信用代码", "信用代码", "社会信用代码", "统一信用代码", "统一代码", "企业信用代码"),
    PROJECT_NAME("项目名称", false, "项目名称", "项目", "拟落地项目", "项目名"),
    PLANNED_INVESTMENT("计划投资额（万元）", true, "计划投资额", "计划投资", "投资额", "拟投资额", "计划总投资", "总投资", "投资规模", "计划投资金额", "投资金额"),
    INDUSTRY("所属行业", true, "所属行业", "行业", "行业类别", "所属产业", "产业链", "所属产业链", "行业领域", "产业类别"),
    ORIGIN("迁出地", false, "迁出地", "迁出地区", "迁出区", "所在地", "所在区", "注册地", "原注册地", "迁出地址"),
    CONTACT_NAME("联系人", false, "联系人", "联系人姓名", "企业联系人", "联络人"),
    CONTACT_PHONE("联系电话", false, "联系电话", "电话", "联系方式", "手机", "手机号", "手机号码", "联系人电话"),
    REMARKS("备注", false, "备注", "说明", "备注说明"),
    PLANNED_MOVE_DATE("计划迁入日期", false, "计划迁入日期", "计划迁入时间", "计划落地日期", "计划落地时间", "预计落地时间",
            "预计落地日期", "迁入时间", "迁入日期");

    private final String header;
    private final boolean required;
    private final List<String> keys;

    ListColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.keys = java.util.Arrays.stream(aliases).map(HeaderMap::key).toList();
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    boolean matches(String key) {
        return keys.contains(key);
    }
}
