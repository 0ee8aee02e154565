package cn.jinghai.crm.reports.application;

import cn.jinghai.crm.lead.api.Stage;
import org.springframework.stereotype.Service;

/**
 * The downloads other screens offer: the lead list with its filters and the monthly report. The
 * same writers, checks and audit entries as {@code GET /api/leads/export} and {@code GET
 * /api/reports/monthly}.
 */
@Service
public class ExportService {

    private final LeadListExport leads;
    private final MonthlyReport monthly;

    public ExportService(LeadListExport leads, MonthlyReport monthly) {
        this.leads = leads;
        this.monthly = monthly;
    }

    public Spreadsheet leads(String format, String unit, Stage stage, String q, String remoteAddress) {
        return leads.write(format, unit, stage, q, remoteAddress);
    }

    public Spreadsheet monthly(int year, int month, String remoteAddress) {
        return monthly.write(year, month, remoteAddress);
    }
}
