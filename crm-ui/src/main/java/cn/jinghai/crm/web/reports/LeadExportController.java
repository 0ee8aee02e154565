package cn.jinghai.crm.web.reports;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.exports.CsvWriter;
import cn.jinghai.crm.exports.XlsxWriter;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.platform.security.AuditLog;
import cn.jinghai.crm.platform.security.CurrentActor;
import cn.jinghai.crm.projections.leads.FindLeadsForExportQuery;
import cn.jinghai.crm.projections.leads.LeadExportRow;
import cn.jinghai.crm.projections.leads.LeadSummary;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GET /api/leads/export?format=xlsx|csv&unit=&stage=&q=}: the leads the caller may see, with
 * the list's filters, as a spreadsheet. Phones are masked unless the caller works the lead.
 */
@RestController
public class LeadExportController {

    static final int MAX_ROWS = 100_000;
    static final List<String> HEADERS = List.of("企业名称", "统一社会信用代码", "项目名称", "产业链", "招商方式", "资本来源",
            "计划投资额（万元）", "北京企业", "高新技术", "重点项目", "招商单位", "阶段", "阶段日期", "签约额（万元）", "登记日期",
            "最近跟进", "联系人", "联系电话", "线索编号");

    private final QueryGateway queries;
    private final AuditLog audit;

    public LeadExportController(QueryGateway queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/api/leads/export")
    public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
                                         @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) Stage stage,
                                         @RequestParam(required = false) String q,
                                         HttpServletRequest request) throws IOException {
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw DomainException.invalid("format", "error.export.format");
        }
        String search = Checks.optionalText("q", q, 100);
        List<LeadExportRow> rows = queries.query(new FindLeadsForExportQuery(unit == null || unit.isBlank() ? null : unit,
                stage, search, false, MAX_ROWS), ResponseTypes.multipleInstancesOf(LeadExportRow.class)).join();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("xlsx")) {
            try (XlsxWriter xlsx = new XlsxWriter()) {
                xlsx.sheet("项目线索", HEADERS);
                for (LeadExportRow row : rows) {
                    xlsx.row(values(row));
                }
                xlsx.write(out);
            }
        } else {
            try (CsvWriter csv = new CsvWriter(out, HEADERS)) {
                for (LeadExportRow row : rows) {
                    csv.row(values(row));
                }
            }
        }
        Actor actor = CurrentActor.get();
        audit.record(AuditLog.Action.EXPORT, actor == null ? null : actor.username(),
                "leads format=" + format + " unit=" + unit + " stage=" + stage + " q=" + search + " rows=" + rows.size(),
                request.getRemoteAddr());
        return Downloads.file(out.toByteArray(), format.equals("xlsx") ? Downloads.XLSX : Downloads.CSV, "项目线索." + format);
    }

    private static List<Object> values(LeadExportRow row) {
        LeadSummary l = row.lead();
        return Arrays.asList(l.companyName(), l.creditCode(), l.projectName(), l.industryChain(), l.channel().name(),
                l.capitalOrigin().name(), Downloads.wan(l.plannedInvestmentCny()), l.beijing(), l.highTech(), l.keyProject(),
                l.unitCode(), l.stage().name(), l.stageDate(), Downloads.wan(l.contractedCny()), l.registeredOn(),
                l.lastActivityDate(), join(row.contacts(), Contact::name), join(row.contacts(), Contact::phone), l.id());
    }

    private static String join(List<Contact> contacts, java.util.function.Function<Contact, String> field) {
        return contacts.stream().map(field).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("；"));
    }
}
