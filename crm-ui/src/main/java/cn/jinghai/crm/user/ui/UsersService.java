package cn.jinghai.crm.user.ui;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.security.UserAccount;
import cn.jinghai.crm.platform.security.UserAccounts;
import cn.jinghai.crm.user.application.UserRegistration;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.unit.application.OfficeReference;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.util.List;

/** Users as {@code UserController} lists and creates them (the same checks, the same audit entry). */
@Service
public class UsersService {

    /** A user as the office sees it: never the password hash. */
    public record UserRow(String username, String displayName, Role role, String unitCode, boolean enabled,
                          boolean locked) {
    }

    private final UserAccounts users;
    private final UserRegistration registration;
    private final OfficeReference reference;

    public UsersService(UserAccounts users, UserRegistration registration, OfficeReference reference) {
        this.users = users;
        this.registration = registration;
        this.reference = reference;
    }

    @RolesAllowed("DISTRICT_OFFICE")
    public List<UserRow> users(Role role) {
        return users.list().stream().filter(u -> role == null || u.role() == role).map(this::row).toList();
    }

    @RolesAllowed("DISTRICT_OFFICE")
    public void create(String username, String password, String displayName, Role role, String unitCode) {
        VaadinRequest request = VaadinRequest.getCurrent();
        registration.create(username, password, displayName, role, unitCode,
                request == null ? null : request.getRemoteAddr());
    }

    public List<UnitView> units() {
        return reference.units();
    }

    private UserRow row(UserAccount u) {
        return new UserRow(u.username(), u.displayName(), u.role(), u.unitCode(), u.enabled(), users.isLocked(u));
    }
}
