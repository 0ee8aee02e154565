package cn.jinghai.crm.user.web;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.security.CrmPrincipal;
import cn.jinghai.crm.platform.security.UserAccounts;
import cn.jinghai.crm.user.application.UserRegistration;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Users (API.md, "Users"): the district office creates them; everyone may ask who they are. */
@RestController
@RequestMapping("/api")
public class UserController {

    private final UserAccounts users;
    private final UserRegistration registration;
    private final IdempotentRequests idempotent;

    public UserController(UserAccounts users, UserRegistration registration, IdempotentRequests idempotent) {
        this.users = users;
        this.registration = registration;
        this.idempotent = idempotent;
    }

    @PostMapping("/users")
    @RolesAllowed("DISTRICT_OFFICE")
    public ResponseEntity<JsonNode> create(@RequestBody CreateUserRequest body, HttpServletRequest request,
                                           @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        // the password stays out of the stored fingerprint of the request
        CreateUserRequest fingerprint = new CreateUserRequest(body.username(), null, body.displayName(), body.role(),
                body.unitCode());
        return idempotent.run(key, "/api/users", fingerprint, () -> createUser(body, request));
    }

    private ResponseEntity<Map<String, String>> createUser(CreateUserRequest body, HttpServletRequest request) {
        String username = registration.create(body.username(), body.password(), body.displayName(), body.role(),
                body.unitCode(), request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(Map.of("id", username));
    }

    @GetMapping("/users")
    @RolesAllowed("DISTRICT_OFFICE")
    public List<UserView> list() {
        return users.list().stream()
                .map(u -> new UserView(u.username(), u.displayName(), u.role(), u.unitCode(), u.enabled(), users.isLocked(u)))
                .toList();
    }

    @GetMapping("/me")
    public UserView me(@AuthenticationPrincipal CrmPrincipal principal) {
        Actor actor = principal.actor();
        return new UserView(actor.username(), principal.displayName(), actor.role(), actor.unitCode(), true, false);
    }
}
