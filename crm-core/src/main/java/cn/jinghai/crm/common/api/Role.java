package cn.jinghai.crm.common.api;

/** The four roles of DOMAIN.md. */
public enum Role {
    PARK_TEAM,
    AMBASSADOR,
    DISTRICT_OFFICE,
    LEADERSHIP
}
