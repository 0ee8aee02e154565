package cn.jinghai.crm.user.application;

import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import cn.jinghai.crm.platform.security.AuditLog;
import cn.jinghai.crm.platform.security.CurrentActor;
import cn.jinghai.crm.platform.security.UserAccounts;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Users, as the district office manages them through the API ({@code /api/users}) and the users page
 * alike: creating one with its checks and its audit entry (both adapters refuse the same input the same
 * way), and listing them.
 */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    public static final int PASSWORD_MIN = 8;
    /** BCrypt reads at most 72 bytes; a longer password would be silently truncated. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final IdempotentRequests idempotent;

    public UserService(UserAccounts users, PasswordEncoder encoder, AuditLog audit, IdempotentRequests idempotent) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.idempotent = idempotent;
    }

    /** Every user, or those of one role; with whether each is locked out now. */
    @RolesAllowed("DISTRICT_OFFICE")
    public List<UserSummary> users(Role role) {
        return users.list().stream().filter(u -> role == null || u.role() == role)
                .map(u -> new UserSummary(u.username(), u.displayName(), u.role(), u.unitCode(), u.enabled(),
                        users.isLocked(u)))
                .toList();
    }

    /**
     * Creates a user (once per idempotency key, when one is given: the key's record never keeps the
     * password); answers the username.
     */
    @RolesAllowed("DISTRICT_OFFICE")
    public String create(NewUser user, String remoteAddress, String idempotencyKey) {
        return idempotent.once(idempotencyKey, "/api/users", user.withoutPassword(), () -> create(user.username(),
                user.password(), user.displayName(), user.role(), user.unitCode(), remoteAddress));
    }

    /**
     * Creates the user after checking every field; {@code remoteAddress} goes to the audit log.
     *
     * @return the username
     * @throws DomainException VALIDATION for bad input, DUPLICATE_USER for a taken username
     */
    private String create(String username, String password, String displayName, Role role, String unitCode,
                         String remoteAddress) {
        String name = Checks.required("username", username);
        if (!USERNAME.matcher(name).matches()) {
            throw DomainException.invalid("username", "error.user.username");
        }
        String secret = Checks.required("password", password);
        if (secret.length() < PASSWORD_MIN || secret.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw DomainException.invalid("password", "error.user.password", PASSWORD_MIN, PASSWORD_MAX_BYTES);
        }
        String display = Checks.text("displayName", displayName, 100);
        Role checkedRole = Checks.required("role", role);
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode;
        if (checkedRole == Role.PARK_TEAM) {
            Checks.code("unitCode", unit);
        } else if (unit != null) {
            throw DomainException.invalid("unitCode", "error.user.unitOnlyForParkTeam");
        }
        Actor actor = CurrentActor.get();
        if (!users.create(name, encoder.encode(secret), display, checkedRole, unit, actor.username())) {
            throw new DomainException(ErrorCode.DUPLICATE_USER, "error.user.exists", "username");
        }
        audit.record(AuditLog.Action.USER_CREATED, actor.username(), name + " " + checkedRole, remoteAddress);
        return name;
    }
}
