package cn.jinghai.crm.referral.web;

import cn.jinghai.crm.referral.application.ReferralIntake;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.referral.readmodel.FindMyReferralsQuery;
import cn.jinghai.crm.referral.readmodel.FindReferralsQuery;
import cn.jinghai.crm.referral.readmodel.MyReferral;
import cn.jinghai.crm.referral.readmodel.ReferralView;
import cn.jinghai.crm.referral.api.DeclineReferralCommand;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;
import com.fasterxml.jackson.databind.JsonNode;
import cn.jinghai.crm.platform.web.PathIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

/** Referrals (API.md, "Referrals"): ambassadors submit and follow theirs; the district office decides. */
@RestController
@RequestMapping("/api/referrals")
public class ReferralController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotentRequests idempotent;
    private final ReferralIntake intake;

    public ReferralController(CommandGateway commands, QueryGateway queries, IdempotentRequests idempotent,
                              ReferralIntake intake) {
        this.commands = commands;
        this.queries = queries;
        this.idempotent = idempotent;
        this.intake = intake;
    }

    @PostMapping
    public ResponseEntity<JsonNode> submit(@RequestBody SubmitReferralRequest body,
                                           @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(key, "/api/referrals", body, () -> {
            ReferralId id = ReferralId.random();
            commands.sendAndWait(new SubmitReferralCommand(id, body.companyName(), CreditCode.optional("creditCode", body.creditCode()),
                    body.contact(), body.notes(), body.expectedInvestmentCny()));
            return ResponseEntity.created(URI.create("/api/referrals/" + id)).body(Map.of("id", id.value()));
        });
    }

    @GetMapping("/mine")
    public List<MyReferral> mine() {
        return queries.query(new FindMyReferralsQuery(), ResponseTypes.multipleInstancesOf(MyReferral.class)).join();
    }

    @GetMapping
    public List<ReferralView> inbox(@RequestParam(required = false) ReferralStatus status) {
        return queries.query(new FindReferralsQuery(status), ResponseTypes.multipleInstancesOf(ReferralView.class)).join();
    }

    /** Accepts the referral and registers its lead in one transaction: both happen, or neither. */
    @PostMapping("/{id}/accept")
    public Map<String, String> accept(@PathVariable String id, @RequestBody AcceptReferralRequest body) {
        LeadId leadId = intake.accept(referralId(id), body.unitCode(), body.projectName(), body.industryChain(),
                body.capitalOrigin(), body.plannedInvestmentCny(), body.beijing(), body.highTech(), body.keyProject());
        return Map.of("leadId", leadId.value());
    }

    @PostMapping("/{id}/decline")
    public Map<String, String> decline(@PathVariable String id, @RequestBody DeclineRequest body) {
        ReferralId referralId = referralId(id);
        commands.sendAndWait(new DeclineReferralCommand(referralId, body.reason()));
        return Map.of("id", referralId.value());
    }

    private static ReferralId referralId(String id) {
        return new ReferralId(PathIds.check(id, "error.referral.notFound"));
    }

}
