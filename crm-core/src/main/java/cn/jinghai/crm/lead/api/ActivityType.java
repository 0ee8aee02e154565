package cn.jinghai.crm.lead.api;

/** Kinds of follow-up (跟进记录): visits, calls, meetings, site inspections (考察), other. */
public enum ActivityType {
    VISIT,
    CALL,
    MEETING,
    SITE_INSPECTION,
    OTHER
}
