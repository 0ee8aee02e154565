package cn.jinghai.crm.user.application;

import cn.jinghai.crm.common.api.Role;

/** A user to create (the body of {@code POST /api/users} and the users page's dialog). */
public record NewUser(String username, String password, String displayName, Role role, String unitCode) {

    /** The request without its password: what an idempotency record may keep of it. */
    NewUser withoutPassword() {
        return new NewUser(username, null, displayName, role, unitCode);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + ", " + unitCode + "]";
    }
}
