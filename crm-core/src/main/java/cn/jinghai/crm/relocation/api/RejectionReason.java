package cn.jinghai.crm.relocation.api;

/** Why a list row was rejected; stable codes, each with a message in the resource bundles. */
public enum RejectionReason {
    COMPANY_NAME_MISSING,
    TEXT_TOO_LONG,
    CREDIT_CODE_INVALID,
    AMOUNT_MISSING,
    AMOUNT_INVALID,
    AMOUNT_NOT_POSITIVE,
    INDUSTRY_UNKNOWN,
    CONTACT_NAME_MISSING,
    PHONE_INVALID,
    DATE_INVALID,
    DUPLICATE_ROW,
    CREDIT_CODE_CONFLICT,
    LEAD_REFUSED
}
