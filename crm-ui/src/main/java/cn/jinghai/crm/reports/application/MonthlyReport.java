package cn.jinghai.crm.reports.application;

import cn.jinghai.crm.chain.application.ChainService;
import cn.jinghai.crm.figures.application.FiguresService;
import cn.jinghai.crm.unit.application.UnitService;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.BusinessTime;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.security.AuditLog;
import cn.jinghai.crm.platform.security.CurrentActor;
import cn.jinghai.crm.figures.readmodel.BreakdownView;
import cn.jinghai.crm.figures.readmodel.ProgressView;
import cn.jinghai.crm.figures.readmodel.RankingRow;
import cn.jinghai.crm.lead.readmodel.list.FindLeadsForExportQuery;
import cn.jinghai.crm.lead.readmodel.list.LeadExportRow;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The monthly report for the city as of the end of a month (China Standard Time): targets and
 * progress, the ranking with rewards, verified funds by unit, chain and channel, and the key
 * projects. The figures are as recorded by the month's end; the key-project list shows the projects
 * as they stand now (the lead list keeps no history). Audited. Shared by {@code GET
 * /api/reports/monthly} and the dashboard's download.
 */
@Component
public class MonthlyReport {

    private final QueryGateway queries;
    private final FiguresService figures;
    private final UnitService units;
    private final ChainService chains;
    private final AuditLog audit;

    public MonthlyReport(QueryGateway queries, FiguresService figures, UnitService units, ChainService chains,
                         AuditLog audit) {
        this.queries = queries;
        this.figures = figures;
        this.units = units;
        this.chains = chains;
        this.audit = audit;
    }

    /** Staff only (not ambassadors); {@code remoteAddress} for the audit trail. */
    public Spreadsheet write(Integer year, Integer month, String remoteAddress) {
        try {
            return build(year, month, remoteAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Spreadsheet build(Integer year, Integer month, String remoteAddress) throws IOException {
        Actor actor = CurrentActor.get();
        if (actor == null || actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
        Checks.year("year", year);
        if (month == null || month < 1 || month > 12) {
            throw DomainException.invalid("month", "error.month");
        }
        YearMonth ym = YearMonth.of(year, month);
        Instant asOf = ym.atEndOfMonth().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minusMillis(1);
        ProgressView progress = figures.progress(year, asOf);
        List<RankingRow> ranking = figures.ranking(year, asOf);
        BreakdownView breakdown = figures.breakdown(year, asOf);
        Map<String, String> unitNames = units.unitNames();
        Map<String, String> chainNames = chains.chainNames();
        List<LeadExportRow> keyProjects = queries.query(new FindLeadsForExportQuery(null, null, null, true, 10_000),
                ResponseTypes.multipleInstancesOf(LeadExportRow.class)).join();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter()) {
            xlsx.sheet("目标进度", List.of("指标", "目标", "完成", "完成率", "单位"));
            xlsx.row(List.of("截至", ym.atEndOfMonth(), "", "", "北京时间当日24时"));
            xlsx.row(amounts("市外内资、外资到位", progress.externalCapital()));
            xlsx.row(amounts("六大园区完成招商引资", progress.sixParks()));
            xlsx.row(Arrays.asList("引进北京高新技术企业和项目", progress.beijingProjects().target(),
                    progress.beijingProjects().count(), rate(BigDecimal.valueOf(progress.beijingProjects().count()),
                            BigDecimal.valueOf(progress.beijingProjects().target())), "个"));
            xlsx.sheet("单位排名", List.of("名次", "单位代码", "单位名称", "考核任务（万元）", "完成（万元）", "完成率", "完成任务",
                    "奖励（万元）", "人员", "专职招商", "专职达三分之一"));
            for (RankingRow r : ranking) {
                xlsx.row(Arrays.asList(r.rank(), r.unitCode(), unitNames.get(r.unitCode()), Wan.of(r.quotaCny()),
                        Wan.of(r.creditedCny()), new BigDecimal(r.completionRate()), r.completed(),
                        Wan.of(r.rewardCny()), r.staff(), r.dedicatedStaff(), r.staffingMet()));
            }
            breakdown(xlsx, "按单位", "单位", breakdown.byUnit(), unitNames);
            breakdown(xlsx, "按产业链", "产业链", breakdown.byChain(), chainNames);
            breakdown(xlsx, "按招商方式", "招商方式", breakdown.byChannel(), Map.of());
            xlsx.sheet("重点项目", List.of("企业名称", "项目名称", "招商单位", "产业链", "阶段", "计划投资额（万元）", "签约额（万元）",
                    "最近跟进"));
            for (LeadExportRow row : keyProjects) {
                var l = row.lead();
                xlsx.row(Arrays.asList(l.companyName(), l.projectName(), unitNames.getOrDefault(l.unitCode(), l.unitCode()),
                        chainNames.getOrDefault(l.industryChain(), l.industryChain()), l.stage().name(),
                        Wan.of(l.plannedInvestmentCny()), Wan.of(l.contractedCny()), l.lastActivityDate()));
            }
            xlsx.write(out);
        }
        audit.record(AuditLog.Action.EXPORT, actor.username(), "monthly report " + ym, remoteAddress);
        return new Spreadsheet(out.toByteArray(), Spreadsheet.XLSX, "招商引资月报-" + ym + ".xlsx");
    }


    private static List<Object> amounts(String label, ProgressView.Amounts a) {
        return Arrays.asList(label, Wan.of(a.targetCny()), Wan.of(a.verifiedCny()),
                rate(a.verifiedCny().value(), a.targetCny().value()), "万元");
    }

    private static BigDecimal rate(BigDecimal done, BigDecimal target) {
        return target.signum() == 0 ? null : done.divide(target, 4, RoundingMode.HALF_UP);
    }

    private static void breakdown(XlsxWriter xlsx, String sheet, String label, Map<String, CnyAmount> values,
                                  Map<String, String> names) {
        xlsx.sheet(sheet, List.of(label + "代码", label, "已核实到位资金（万元）"));
        values.forEach((code, amount) -> xlsx.row(Arrays.asList(code, names.getOrDefault(code, code), Wan.of(amount))));
    }
}
