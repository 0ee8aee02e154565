package cn.jinghai.crm.common.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who issues a command. Travels as message metadata (three plain strings, so it serialises the same
 * in every store) and is copied onto every event the command causes, so each change is attributable.
 *
 * @param username the user's login name
 * @param role     the user's role
 * @param unitCode the user's unit, only for {@link Role#PARK_TEAM}; {@code null} otherwise
 */
public record Actor(String username, Role role, String unitCode) {

    public static final String USERNAME = "username";
    public static final String ROLE = "role";
    public static final String UNIT = "unitCode";

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** The actor recorded in a message's metadata; refuses a message that carries none. */
    public static Actor from(Map<String, ?> metaData) {
        Object username = metaData.get(USERNAME);
        Object role = metaData.get(ROLE);
        if (username == null || role == null) {
            throw DomainException.forbidden("error.actor.missing");
        }
        Role parsed;
        try {
            parsed = Role.valueOf(role.toString());
        } catch (IllegalArgumentException e) {
            throw DomainException.forbidden("error.actor.missing");
        }
        Object unit = metaData.get(UNIT);
        return new Actor(username.toString(), parsed, unit == null || unit.toString().isEmpty() ? null : unit.toString());
    }

    /** This actor as message metadata. */
    public Map<String, String> toMetaData() {
        Map<String, String> map = new HashMap<>();
        map.put(USERNAME, username);
        map.put(ROLE, role.name());
        if (unitCode != null) {
            map.put(UNIT, unitCode);
        }
        return map;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** Staff who may work leads: park teams (own unit only) and the district office. */
    public boolean mayWorkLeads() {
        return role == Role.PARK_TEAM || role == Role.DISTRICT_OFFICE;
    }

    /** Whether this actor may work (not only read) a lead currently owned by {@code leadUnit}. */
    public boolean mayWorkLeadOf(String leadUnit) {
        return role == Role.DISTRICT_OFFICE || (role == Role.PARK_TEAM && leadUnit.equals(unitCode));
    }
}
