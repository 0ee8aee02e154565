package cn.jinghai.crm.referral.web;

import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.web.PathIds;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.referral.application.ReferralAcceptance;
import cn.jinghai.crm.referral.application.ReferralService;
import cn.jinghai.crm.referral.application.ReferralSubmission;
import cn.jinghai.crm.referral.readmodel.MyReferral;
import cn.jinghai.crm.referral.readmodel.ReferralView;
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

/** Referrals (API.md, "Referrals"): HTTP in and out of {@link ReferralService}. */
@RestController
@RequestMapping("/api/referrals")
public class ReferralController {

    private final ReferralService referrals;

    public ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> submit(@RequestBody ReferralSubmission body,
                                                      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        ReferralId id = referrals.submit(body, key);
        return ResponseEntity.created(URI.create("/api/referrals/" + id)).body(Map.of("id", id.value()));
    }

    @GetMapping("/mine")
    public List<MyReferral> mine() {
        return referrals.mine();
    }

    @GetMapping
    public List<ReferralView> inbox(@RequestParam(required = false) ReferralStatus status) {
        return referrals.inbox(status);
    }

    @PostMapping("/{id}/accept")
    public Map<String, String> accept(@PathVariable String id, @RequestBody ReferralAcceptance body) {
        LeadId leadId = referrals.accept(referralId(id), body);
        return Map.of("leadId", leadId.value());
    }

    @PostMapping("/{id}/decline")
    public Map<String, String> decline(@PathVariable String id, @RequestBody DeclineRequest body) {
        ReferralId referralId = referralId(id);
        referrals.decline(referralId, body.reason());
        return Map.of("id", referralId.value());
    }

    private static ReferralId referralId(String id) {
        return new ReferralId(PathIds.check(id, "error.referral.notFound"));
    }
}
