package cn.jinghai.crm.reports.application;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.platform.security.AuditLog;
import cn.jinghai.crm.platform.security.CurrentActor;
import cn.jinghai.crm.lead.readmodel.list.FindLeadsForExportQuery;
import cn.jinghai.crm.lead.readmodel.list.LeadExportRow;
import cn.jinghai.crm.lead.readmodel.list.LeadSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lead list as a spreadsheet (xlsx or csv) with the list's filters: the leads the signed-in user
 * may see (the read side scopes them and masks phones of leads the user does not work). Audited.
 * Shared by {@code GET /api/leads/export} and the lead list's export buttons.
 */
@Component
public class LeadListExport {

    static final int MAX_ROWS = 100_000;
    static final List<String> HEADERS = List.of("企业名称", "统一社会信用代码", "项目名称", "产业链", "招商方式", "资本来源",
            "计划投资额（万元）", "北京企业", "高新技术", "重点项目", "招商单位", "阶段", "阶段日期", "签约额（万元）", "登记日期",
            "最近跟进", "联系人", "联系电话", "线索编号");

    private final QueryGateway queries;
    private final AuditLog audit;

    public LeadListExport(QueryGateway queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /** @param format {@code xlsx} or {@code csv}; @param remoteAddress for the audit trail */
    public Spreadsheet write(String format, String unit, Stage stage, String q, String remoteAddress) {
        if (!"xlsx".equals(format) && !"csv".equals(format)) {
            throw DomainException.invalid("format", "error.export.format");
        }
        String search = Checks.optionalText("q", q, 100);
        String unitCode = unit == null || unit.isBlank() ? null : unit;
        List<LeadExportRow> rows = queries.query(new FindLeadsForExportQuery(unitCode, stage, search, false, MAX_ROWS),
                ResponseTypes.multipleInstancesOf(LeadExportRow.class)).join();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("xlsx")) {
                try (XlsxWriter xlsx = new XlsxWriter()) {
                    xlsx.sheet("项目线索", HEADERS);
                    rows.forEach(row -> xlsx.row(values(row)));
                    xlsx.write(out);
                }
            } else {
                try (CsvWriter csv = new CsvWriter(out, HEADERS)) {
                    for (LeadExportRow row : rows) {
                        csv.row(values(row));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Actor actor = CurrentActor.get();
        audit.record(AuditLog.Action.EXPORT, actor == null ? null : actor.username(),
                "leads format=" + format + " unit=" + unit + " stage=" + stage + " q=" + search + " rows=" + rows.size(),
                remoteAddress);
        return new Spreadsheet(out.toByteArray(), format.equals("xlsx") ? Spreadsheet.XLSX : Spreadsheet.CSV, "项目线索." + format);
    }

    private static List<Object> values(LeadExportRow row) {
        LeadSummary l = row.lead();
        return Arrays.asList(l.companyName(), l.creditCode(), l.projectName(), l.industryChain(), l.channel().name(),
                l.capitalOrigin().name(), Wan.of(l.plannedInvestmentCny()), l.beijing(), l.highTech(), l.keyProject(),
                l.unitCode(), l.stage().name(), l.stageDate(), Wan.of(l.contractedCny()), l.registeredOn(),
                l.lastActivityDate(), join(row.contacts(), Contact::name), join(row.contacts(), Contact::phone), l.id());
    }

    private static String join(List<Contact> contacts, Function<Contact, String> field) {
        return contacts.stream().map(field).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("；"));
    }
}
