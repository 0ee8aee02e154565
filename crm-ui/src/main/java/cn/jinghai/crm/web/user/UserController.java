package cn.jinghai.crm.web.user;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.security.CurrentActor;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.security.AuditLog;
import cn.jinghai.crm.platform.security.CrmPrincipal;
import cn.jinghai.crm.platform.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Users (API.md, "Users"): the district office creates them; everyone may ask who they are. */
@RestController
@RequestMapping("/api")
public class UserController {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    static final int PASSWORD_MIN = 8;
    /** BCrypt reads at most 72 bytes; a longer password would be silently truncated. */
    static final int PASSWORD_MAX_BYTES = 72;

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    private final IdempotentRequests idempotent;

    public UserController(UserAccounts users, PasswordEncoder encoder, AuditLog audit, IdempotentRequests idempotent) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
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
        String username = Checks.required("username", body.username());
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username", "error.user.username");
        }
        String password = Checks.required("password", body.password());
        if (password.length() < PASSWORD_MIN
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw DomainException.invalid("password", "error.user.password", PASSWORD_MIN, PASSWORD_MAX_BYTES);
        }
        String displayName = Checks.text("displayName", body.displayName(), 100);
        Role role = Checks.required("role", body.role());
        String unit = body.unitCode() == null || body.unitCode().isBlank() ? null : body.unitCode();
        if (role == Role.PARK_TEAM) {
            Checks.code("unitCode", unit);
        } else if (unit != null) {
            throw DomainException.invalid("unitCode", "error.user.unitOnlyForParkTeam");
        }
        Actor actor = CurrentActor.get();
        if (!users.create(username, encoder.encode(password), displayName, role, unit, actor.username())) {
            throw new DomainException(ErrorCode.DUPLICATE_USER, "error.user.exists", "username");
        }
        audit.record(AuditLog.Action.USER_CREATED, actor.username(), username + " " + role, request.getRemoteAddr());
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
