package cn.jinghai.crm.user.web;

import cn.jinghai.crm.common.api.Role;

/** A user as the API shows it: never the password hash. */
public record UserView(String username, String displayName, Role role, String unitCode, boolean enabled, boolean locked) {
}
