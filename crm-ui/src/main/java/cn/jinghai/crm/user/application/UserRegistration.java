package cn.jinghai.crm.user.application;

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
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Creating a user, with its checks and its audit entry, in one place for the API
 * ({@code POST /api/users}) and the office's users screen: both refuse the same input the same way.
 */
@Component
public class UserRegistration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    public static final int PASSWORD_MIN = 8;
    /** BCrypt reads at most 72 bytes; a longer password would be silently truncated. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public UserRegistration(UserAccounts users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * Creates the user after checking every field; {@code remoteAddress} goes to the audit log.
     *
     * @return the username
     * @throws DomainException VALIDATION for bad input, DUPLICATE_USER for a taken username
     */
    @RolesAllowed("DISTRICT_OFFICE")
    public String create(String username, String password, String displayName, Role role, String unitCode,
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
