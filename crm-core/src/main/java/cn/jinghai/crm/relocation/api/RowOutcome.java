package cn.jinghai.crm.relocation.api;

/** What became of a list row: a new lead, a link to an existing lead of the company, or a rejection. */
public enum RowOutcome {
    CREATED,
    LINKED,
    REJECTED
}
