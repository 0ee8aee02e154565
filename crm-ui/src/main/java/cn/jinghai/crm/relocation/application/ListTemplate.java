package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.reports.application.XlsxWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The downloadable list template (GET /api/imports/template): sheet 疏解清单 with the header row
 * only, so nothing in it can be imported by mistake, and sheet 填写说明 explaining each column and
 * listing the industry chains the 所属行业 column may name.
 */
public final class ListTemplate {

    private static final Map<ListColumn, String[]> NOTES = Map.of(
            ListColumn.COMPANY_NAME, new String[]{"企业全称；全角、半角、空格和“有限责任公司/有限公司”的写法差异不影响查重", "北京华科精密仪器有限公司"},
            ListColumn.CREDIT_CODE, new String[]{"18 位，校验位须正确；有则按此查重，无则按企业名称查重", "91110108551385082Q"},
            ListColumn.PROJECT_NAME, new String[]{"空着则为“企业名称+迁入项目”", "精密仪器生产基地"},
            ListColumn.PLANNED_INVESTMENT, new String[]{"数字，单位万元（列名写“（亿元）”则按亿元）；最多精确到分", "50000"},
            ListColumn.INDUSTRY, new String[]{"产业链名称（见下表），或能对应到产业链的行业名称；对应不上的行不导入", "大健康"},
            ListColumn.ORIGIN, new String[]{"可空", "北京市海淀区"},
            ListColumn.CONTACT_NAME, new String[]{"可空；填写联系电话时必填", "王经理"},
            ListColumn.CONTACT_PHONE, new String[]{"可空；一个号码", "13800138000"},
            ListColumn.REMARKS, new String[]{"可空", "整体迁移"},
            ListColumn.PLANNED_MOVE_DATE, new String[]{"可空；日期，如 2022-09-01", "2022-09-01"});

    private ListTemplate() {
    }

    /** @param chains the existing industry chains, code to name */
    public static void write(OutputStream out, Map<String, String> chains) throws IOException {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            xlsx.sheet("疏解清单", Arrays.stream(ListColumn.values()).map(ListColumn::header).toList());
            xlsx.sheet("填写说明", List.of("列名", "必填", "说明", "示例"));
            for (ListColumn column : ListColumn.values()) {
                String[] note = NOTES.get(column);
                xlsx.row(List.of(column.header(), column.required() ? "是" : "否", note[0], note[1]));
            }
            xlsx.row(List.of());
            xlsx.row(List.of("表头为第 1 行，数据从第 2 行起；只读第一个工作表；重复导入同一文件不会重复登记。"));
            xlsx.row(List.of());
            xlsx.row(List.of("产业链代码", "产业链名称"));
            chains.forEach((code, name) -> xlsx.row(List.of(code, name)));
            xlsx.write(out);
        }
    }
}
