package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.relocation.application.ImportOutcome;
import cn.jinghai.crm.relocation.application.ImportResult;
import cn.jinghai.crm.relocation.application.ListTemplate;
import cn.jinghai.crm.relocation.application.RelocationImporter;
import cn.jinghai.crm.relocation.application.RowResult;
import cn.jinghai.crm.platform.errors.ApiErrors;
import cn.jinghai.crm.platform.security.CurrentActor;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import cn.jinghai.crm.relocation.api.RejectionReason;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/imports} (API.md) and {@code GET /api/imports/template}. */
@RestController
@RequestMapping("/api/imports")
public class ImportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RelocationImporter importer;
    private final QueryGateway queries;
    private final ApiErrors errors;

    public ImportController(RelocationImporter importer, QueryGateway queries, ApiErrors errors) {
        this.importer = importer;
        this.queries = queries;
        this.errors = errors;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportAnswer> importList(@RequestParam("file") MultipartFile file,
                                                   @RequestParam("unitCode") String unitCode) throws IOException {
        Actor actor = CurrentActor.get();
        ImportResult result = importer.importList(actor, file.getOriginalFilename(), file.getBytes(), unitCode);
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
    public ResponseEntity<byte[]> template() throws IOException {
        Actor actor = CurrentActor.get();
        if (actor == null || actor.is(cn.jinghai.crm.common.api.Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
        Map<String, String> chains = new LinkedHashMap<>();
        queries.query(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class)).join()
                .forEach(c -> chains.put(c.code(), c.name()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListTemplate.write(out, chains);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("疏解清单导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
