package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.application.LeadService;
import cn.jinghai.crm.lead.application.NewActivity;
import cn.jinghai.crm.lead.application.NewLead;
import cn.jinghai.crm.lead.application.Reassignment;
import cn.jinghai.crm.lead.application.StageMove;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;
import cn.jinghai.crm.lead.readmodel.detail.LeadView;
import cn.jinghai.crm.lead.readmodel.list.LeadPage;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.web.IfMatch;
import cn.jinghai.crm.platform.web.PathIds;
import cn.jinghai.crm.platform.web.VersionAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The lead endpoints of API.md: HTTP in and out of {@link LeadService}, nothing more. */
@RestController
@RequestMapping("/api/leads")
public class LeadController {

    private final LeadService leads;
    private final ObjectMapper mapper;

    public LeadController(LeadService leads, ObjectMapper mapper) {
        this.leads = leads;
        this.mapper = mapper;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> register(@RequestBody NewLead body,
                                                        @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        LeadId id = leads.register(body, key);
        return ResponseEntity.created(URI.create("/api/leads/" + id)).body(Map.of("id", id.value()));
    }

    @GetMapping("/{id}")
    public ResponseEntity<LeadView> get(@PathVariable String id) {
        LeadView view = leads.lead(PathIds.lead(id));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/{id}/history")
    public List<LeadHistoryEntry> history(@PathVariable String id) {
        return leads.history(PathIds.lead(id));
    }

    @GetMapping
    public LeadPage list(@RequestParam(required = false) String unit,
                         @RequestParam(required = false) Stage stage,
                         @RequestParam(required = false) String q,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "20") int size) {
        return leads.list(unit, stage, q, page, size);
    }

    @PostMapping("/{id}/stage")
    public VersionAnswer moveStage(@PathVariable String id, @RequestBody StageMove body,
                                   @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return new VersionAnswer(leadId.value(), leads.moveStage(leadId, IfMatch.parse(ifMatch), body));
    }

    @PatchMapping("/{id}")
    public VersionAnswer update(@PathVariable String id, @RequestBody JsonNode body,
                                @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return new VersionAnswer(leadId.value(), leads.updateDetails(leadId, IfMatch.parse(ifMatch),
                LeadPatch.parse(body, mapper)));
    }

    @PostMapping("/{id}/reassign")
    public VersionAnswer reassign(@PathVariable String id, @RequestBody Reassignment body,
                                  @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return new VersionAnswer(leadId.value(), leads.reassign(leadId, IfMatch.parse(ifMatch), body));
    }

    @PostMapping("/{id}/activities")
    public VersionAnswer recordActivity(@PathVariable String id, @RequestBody NewActivity body,
                                        @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return new VersionAnswer(leadId.value(), leads.recordActivity(leadId, IfMatch.parse(ifMatch), body));
    }
}
