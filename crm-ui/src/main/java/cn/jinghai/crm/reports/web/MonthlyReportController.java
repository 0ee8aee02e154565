package cn.jinghai.crm.reports.web;

import cn.jinghai.crm.platform.web.Downloads;
import cn.jinghai.crm.reports.application.MonthlyReport;
import cn.jinghai.crm.reports.application.Spreadsheet;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/monthly?year=&month=}: the monthly report for the city as of the end of
 * that month, written by {@link MonthlyReport} (the dashboard offers the same file).
 */
@RestController
public class MonthlyReportController {

    private final MonthlyReport report;

    public MonthlyReportController(MonthlyReport report) {
        this.report = report;
    }

    @GetMapping("/api/reports/monthly")
    public ResponseEntity<byte[]> monthly(@RequestParam Integer year, @RequestParam Integer month,
                                          HttpServletRequest request) {
        Spreadsheet file = report.write(year, month, request.getRemoteAddr());
        return Downloads.file(file.bytes(), MediaType.parseMediaType(file.contentType()), file.fileName());
    }
}
