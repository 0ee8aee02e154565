package cn.jinghai.crm.reports.web;

import cn.jinghai.crm.platform.web.Downloads;
import cn.jinghai.crm.reports.application.LeadListExport;
import cn.jinghai.crm.reports.application.Spreadsheet;
import cn.jinghai.crm.lead.api.Stage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/leads/export?format=xlsx|csv&unit=&stage=&q=}: the leads the caller may see, with
 * the list's filters, as a spreadsheet written by {@link LeadListExport} (the lead list's export
 * buttons give the same file). Phones are masked unless the caller works the lead.
 */
@RestController
public class LeadExportController {

    private final LeadListExport export;

    public LeadExportController(LeadListExport export) {
        this.export = export;
    }

    @GetMapping("/api/leads/export")
    public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
                                         @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) Stage stage,
                                         @RequestParam(required = false) String q,
                                         HttpServletRequest request) {
        Spreadsheet file = export.write(format, unit, stage, q, request.getRemoteAddr());
        return Downloads.file(file.bytes(), MediaType.parseMediaType(file.contentType()), file.fileName());
    }
}
