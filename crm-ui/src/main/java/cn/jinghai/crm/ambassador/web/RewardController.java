package cn.jinghai.crm.ambassador.web;

import cn.jinghai.crm.ambassador.application.AmbassadorService;
import cn.jinghai.crm.ambassador.application.RewardApproval;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Leadership's reward approvals for ambassadors, recorded by the district office (API.md). */
@RestController
@RequestMapping("/api/ambassadors/{username}/rewards")
public class RewardController {

    private final AmbassadorService ambassadors;

    public RewardController(AmbassadorService ambassadors) {
        this.ambassadors = ambassadors;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> record(@PathVariable String username, @RequestBody RewardApproval body,
                                                      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        String rewardId = ambassadors.recordReward(username, body, key);
        return ResponseEntity.created(URI.create("/api/ambassadors/" + username + "/rewards/" + rewardId))
                .body(Map.of("id", rewardId));
    }
}
