package cn.jinghai.crm.user.application;

import cn.jinghai.crm.common.api.Role;

/** A user as the API and the users page show it: never the password hash. */
public record UserSummary(String username, String displayName, Role role, String unitCode, boolean enabled,
                          boolean locked) {
}
