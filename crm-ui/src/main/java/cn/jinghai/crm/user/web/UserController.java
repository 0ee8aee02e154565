package cn.jinghai.crm.user.web;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.security.CrmPrincipal;
import cn.jinghai.crm.user.application.NewUser;
import cn.jinghai.crm.user.application.UserService;
import cn.jinghai.crm.user.application.UserSummary;
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

    private final UserService users;

    public UserController(UserService users) {
        this.users = users;
    }

    @PostMapping("/users")
    public ResponseEntity<Map<String, String>> create(@RequestBody NewUser body, HttpServletRequest request,
                                                      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        String username = users.create(body, request.getRemoteAddr(), key);
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(Map.of("id", username));
    }

    @GetMapping("/users")
    public List<UserSummary> list() {
        return users.users(null);
    }

    @GetMapping("/me")
    public UserSummary me(@AuthenticationPrincipal CrmPrincipal principal) {
        Actor actor = principal.actor();
        Role role = actor.role();
        return new UserSummary(actor.username(), principal.displayName(), role, actor.unitCode(), true, false);
    }
}
