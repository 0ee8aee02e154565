package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.platform.errors.ApiErrors;
import cn.jinghai.crm.platform.web.Downloads;
import cn.jinghai.crm.relocation.api.RejectionReason;
import cn.jinghai.crm.relocation.application.ImportOutcome;
import cn.jinghai.crm.relocation.application.ImportResult;
import cn.jinghai.crm.relocation.application.ImportService;
import cn.jinghai.crm.relocation.application.RowResult;
import cn.jinghai.crm.reports.application.Spreadsheet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** {@code POST /api/imports} (API.md) and {@code GET /api/imports/template}. */
@RestController
@RequestMapping("/api/imports")
public class ImportController {

    private final ImportService imports;
    private final ApiErrors errors;

    public ImportController(ImportService imports, ApiErrors errors) {
        this.imports = imports;
        this.errors = errors;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportAnswer> importList(@RequestParam("file") MultipartFile file,
                                                   @RequestParam("unitCode") String unitCode) throws IOException {
        ImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), unitCode);
        List<ImportAnswer.Outcome> outcomes = result.rows().stream().map(this::outcome).toList();
        ImportAnswer answer = new ImportAnswer(result.listId().value(), result.rows().size(),
                result.count(ImportOutcome.CREATED), result.count(ImportOutcome.LINKED),
                result.count(ImportOutcome.REJECTED), result.count(ImportOutcome.ALREADY_IMPORTED), outcomes);
        return ResponseEntity.created(URI.create("/api/relocation-lists/" + result.listId().value())).body(answer);
    }

    private ImportAnswer.Outcome outcome(RowResult row) {
        String leadId = row.leadId() == null ? null : row.leadId().value();
        if (row.rejection() == null) {
            return new ImportAnswer.Outcome(row.row(), row.outcome().name(), leadId, null, null, null);
        }
        RejectionReason reason = row.rejection().reason();
        String detail = row.rejection().detail();
        if (reason == RejectionReason.LEAD_REFUSED && detail != null) {
            detail = errors.message(detail);
        }
        String column = row.rejection().column();
        String text = errors.message("import.reason." + reason.name(), column == null ? "" : column, detail == null ? "" : detail);
        return new ImportAnswer.Outcome(row.row(), row.outcome().name(), leadId, text, reason.name(), column);
    }

    /** The template: staff who work leads and leadership may download it; ambassadors may not. */
    @GetMapping("/template")
    public ResponseEntity<byte[]> template() {
        Spreadsheet file = imports.template();
        return Downloads.file(file.bytes(), MediaType.parseMediaType(file.contentType()), file.fileName());
    }
}
