package cn.jinghai.crm.user.web;

import cn.jinghai.crm.common.api.Role;

/** Body of {@code POST /api/users} (API.md). */
public record CreateUserRequest(String username, String password, String displayName, Role role, String unitCode) {
}
