package cn.jinghai.crm.lead.api;

/** How a lead came in (招商方式), with the codes of API.md. */
public enum Channel {
    RELOCATION_LIST,
    AMBASSADOR_REFERRAL,
    PLATFORM,
    FUND,
    BUSINESS_REFERRAL,
    ENCLAVE,
    BEIJING_OFFICE,
    OWN
}
