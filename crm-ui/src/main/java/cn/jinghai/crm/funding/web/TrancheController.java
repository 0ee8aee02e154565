package cn.jinghai.crm.funding.web;

import cn.jinghai.crm.funding.application.FundingService;
import cn.jinghai.crm.funding.application.TrancheReport;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.web.IfMatch;
import cn.jinghai.crm.platform.web.PathIds;
import cn.jinghai.crm.platform.web.ReasonRequest;
import cn.jinghai.crm.platform.web.VersionAnswer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Funding tranches of a lead (API.md): HTTP in and out of {@link FundingService}. */
@RestController
@RequestMapping("/api/leads/{id}/tranches")
public class TrancheController {

    private final FundingService funding;

    public TrancheController(FundingService funding) {
        this.funding = funding;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> report(@PathVariable String id, @RequestBody TrancheReport body,
                                                      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                                      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        String trancheId = funding.report(leadId, IfMatch.parse(ifMatch), body, key);
        return ResponseEntity.created(URI.create("/api/leads/" + leadId + "/tranches/" + trancheId))
                .body(Map.of("trancheId", trancheId));
    }

    @PostMapping("/{trancheId}/verify")
    public VersionAnswer verify(@PathVariable String id, @PathVariable String trancheId,
                                @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return new VersionAnswer(leadId.value(), funding.verify(leadId, IfMatch.parse(ifMatch), trancheId(trancheId)));
    }

    @PostMapping("/{trancheId}/reject")
    public VersionAnswer reject(@PathVariable String id, @PathVariable String trancheId, @RequestBody ReasonRequest body,
                                @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return new VersionAnswer(leadId.value(), funding.reject(leadId, IfMatch.parse(ifMatch), trancheId(trancheId),
                body.reason()));
    }

    @PostMapping("/{trancheId}/reverse")
    public VersionAnswer reverse(@PathVariable String id, @PathVariable String trancheId, @RequestBody ReasonRequest body,
                                 @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        LeadId leadId = PathIds.lead(id);
        return new VersionAnswer(leadId.value(), funding.reverse(leadId, IfMatch.parse(ifMatch), trancheId(trancheId),
                body.reason()));
    }

    private static String trancheId(String id) {
        return PathIds.check(id, "error.tranche.notFound");
    }
}
