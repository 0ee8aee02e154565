package cn.jinghai.crm.funding.web;

import cn.jinghai.crm.platform.web.IfMatch;
import cn.jinghai.crm.platform.web.ReasonRequest;
import cn.jinghai.crm.platform.web.VersionAnswer;

import cn.jinghai.crm.common.api.ForeignAmount;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RejectTrancheCommand;
import cn.jinghai.crm.lead.api.ReportTrancheCommand;
import cn.jinghai.crm.lead.api.ReverseTrancheCommand;
import cn.jinghai.crm.lead.api.VerifyTrancheCommand;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import com.fasterxml.jackson.databind.JsonNode;
import cn.jinghai.crm.platform.web.PathIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Funding tranches of a lead (API.md): reported by its unit, decided by the district office. */
@RestController
@RequestMapping("/api/leads/{id}/tranches")
public class TrancheController {

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;

    public TrancheController(CommandGateway commands, IdempotentRequests idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    @PostMapping
    public ResponseEntity<JsonNode> report(@PathVariable String id, @RequestBody TrancheRequest body,
                                           @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                           @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return idempotent.run(key, "/api/leads/" + id + "/tranches", body, () -> {
            ForeignAmount amount = ForeignAmount.of(body.amount(), body.currency(), body.rateToCny());
            String trancheId = commands.sendAndWait(new ReportTrancheCommand(leadId, IfMatch.parse(ifMatch), UUID.randomUUID().toString(), amount,
                    body.origin(), body.arrivalDate(), body.evidence()));
            return ResponseEntity.created(URI.create("/api/leads/" + id + "/tranches/" + trancheId))
                    .body(Map.of("trancheId", trancheId));
        });
    }

    @PostMapping("/{trancheId}/verify")
    public VersionAnswer verify(@PathVariable String id, @PathVariable String trancheId,
                                @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        Long version = commands.sendAndWait(new VerifyTrancheCommand(leadId, IfMatch.parse(ifMatch), trancheId(trancheId)));
        return new VersionAnswer(leadId.value(), version);
    }

    @PostMapping("/{trancheId}/reject")
    public VersionAnswer reject(@PathVariable String id, @PathVariable String trancheId, @RequestBody ReasonRequest body,
                                @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        Long version = commands.sendAndWait(new RejectTrancheCommand(leadId, IfMatch.parse(ifMatch), trancheId(trancheId),
                body.reason()));
        return new VersionAnswer(leadId.value(), version);
    }

    @PostMapping("/{trancheId}/reverse")
    public VersionAnswer reverse(@PathVariable String id, @PathVariable String trancheId, @RequestBody ReasonRequest body,
                                 @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        Long version = commands.sendAndWait(new ReverseTrancheCommand(leadId, IfMatch.parse(ifMatch), trancheId(trancheId),
                body.reason()));
        return new VersionAnswer(leadId.value(), version);
    }


    private static String trancheId(String id) {
        return PathIds.check(id, "error.tranche.notFound");
    }
}
