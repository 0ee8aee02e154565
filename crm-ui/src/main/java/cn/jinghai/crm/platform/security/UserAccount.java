package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.common.api.Role;

import java.time.Instant;

/** A stored user: credentials, role and (for park teams) unit, with the lock-out state. */
public record UserAccount(String username, String passwordHash, String displayName, Role role,
                          String unitCode, boolean enabled, int failedAttempts, Instant lockedUntil) {
}
