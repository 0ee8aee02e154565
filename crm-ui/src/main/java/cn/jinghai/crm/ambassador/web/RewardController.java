package cn.jinghai.crm.ambassador.web;

import cn.jinghai.crm.ambassador.api.RecordRewardApprovalCommand;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import com.fasterxml.jackson.databind.JsonNode;
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

/** Leadership's reward approvals for ambassadors, recorded by the district office (API.md). */
@RestController
@RequestMapping("/api/ambassadors/{username}/rewards")
public class RewardController {

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;

    public RewardController(CommandGateway commands, IdempotentRequests idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    @PostMapping
    public ResponseEntity<JsonNode> record(@PathVariable String username, @RequestBody RewardRequest body,
                                           @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(key, "/api/ambassadors/" + username + "/rewards", body, () -> {
            String rewardId = UUID.randomUUID().toString();
            commands.sendAndWait(new RecordRewardApprovalCommand(username, rewardId, body.year(), body.amountCny(),
                    body.approvedBy(), body.documentNo()));
            return ResponseEntity.created(URI.create("/api/ambassadors/" + username + "/rewards/" + rewardId))
                    .body(Map.of("id", rewardId));
        });
    }
}
