package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.platform.web.IfMatch;
import cn.jinghai.crm.platform.web.VersionAnswer;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.MoveLeadStageCommand;
import cn.jinghai.crm.lead.api.ReassignLeadCommand;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.lead.readmodel.detail.FindLeadHistoryQuery;
import cn.jinghai.crm.lead.readmodel.detail.FindLeadQuery;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistory;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;
import cn.jinghai.crm.lead.readmodel.detail.LeadView;
import cn.jinghai.crm.lead.readmodel.list.FindLeadsQuery;
import cn.jinghai.crm.lead.readmodel.list.LeadPage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.jinghai.crm.platform.web.PathIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import java.util.UUID;

/**
 * The lead endpoints of API.md. Thin: parses the request into a command or query; the rules and
 * the permission checks live where those are handled.
 */
@RestController
@RequestMapping("/api/leads")
public class LeadController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ObjectMapper mapper;
    private final IdempotentRequests idempotent;

    public LeadController(CommandGateway commands, QueryGateway queries, ObjectMapper mapper,
                          IdempotentRequests idempotent) {
        this.commands = commands;
        this.queries = queries;
        this.mapper = mapper;
        this.idempotent = idempotent;
    }

    @PostMapping
    public ResponseEntity<JsonNode> register(@RequestBody RegisterLeadRequest body,
                                             @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(key, "/api/leads", body, () -> {
            LeadId id = LeadId.random();
            commands.sendAndWait(new RegisterLeadCommand(id, body.companyName(), CreditCode.optional("creditCode", body.creditCode()),
                    body.projectName(), body.industryChain(), body.channel(), body.capitalOrigin(),
                    body.plannedInvestmentCny(), Checks.required("beijing", body.beijing()),
                    Checks.required("highTech", body.highTech()), Checks.required("keyProject", body.keyProject()),
                    body.unitCode()));
            return ResponseEntity.created(URI.create("/api/leads/" + id)).body(Map.of("id", id.value()));
        });
    }

    @GetMapping("/{id}")
    public ResponseEntity<LeadView> get(@PathVariable String id) {
        LeadView view = queries.query(new FindLeadQuery(PathIds.lead(id)), LeadView.class).join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/{id}/history")
    public List<LeadHistoryEntry> history(@PathVariable String id) {
        return queries.query(new FindLeadHistoryQuery(PathIds.lead(id)), LeadHistory.class).join().entries();
    }

    @GetMapping
    public LeadPage list(@RequestParam(required = false) String unit,
                         @RequestParam(required = false) Stage stage,
                         @RequestParam(required = false) String q,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 100_000) {
            throw DomainException.invalid("page", "error.page");
        }
        if (size < 1 || size > FindLeadsQuery.MAX_SIZE) {
            throw DomainException.invalid("size", "error.pageSize", FindLeadsQuery.MAX_SIZE);
        }
        String search = Checks.optionalText("q", q, 100);
        return queries.query(new FindLeadsQuery(blankToNull(unit), stage, search, page, size),
                ResponseTypes.instanceOf(LeadPage.class)).join();
    }

    @PostMapping("/{id}/stage")
    public VersionAnswer moveStage(@PathVariable String id, @RequestBody MoveStageRequest body,
                                   @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        Long version = commands.sendAndWait(new MoveLeadStageCommand(leadId, IfMatch.parse(ifMatch), body.stage(),
                body.date(), body.reason(), body.contractedCny(), body.reviewDate()));
        return new VersionAnswer(leadId.value(), version);
    }

    @PatchMapping("/{id}")
    public VersionAnswer update(@PathVariable String id, @RequestBody JsonNode body,
                                @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        Long version = commands.sendAndWait(LeadPatch.parse(leadId, IfMatch.parse(ifMatch), body, mapper));
        return new VersionAnswer(leadId.value(), version);
    }

    @PostMapping("/{id}/reassign")
    public VersionAnswer reassign(@PathVariable String id, @RequestBody ReassignRequest body,
                                  @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        Long version = commands.sendAndWait(new ReassignLeadCommand(leadId, IfMatch.parse(ifMatch), body.unitCode(),
                body.reason(), body.effectiveDate()));
        return new VersionAnswer(leadId.value(), version);
    }

    @PostMapping("/{id}/activities")
    public VersionAnswer recordActivity(@PathVariable String id, @RequestBody RecordActivityRequest body,
                                        @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        Long version = commands.sendAndWait(new RecordActivityCommand(leadId, IfMatch.parse(ifMatch),
                UUID.randomUUID().toString(), body.type(), body.date(), body.notes(), body.participants(),
                body.nextStep(), body.nextStepDate()));
        return new VersionAnswer(leadId.value(), version);
    }



    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
