package cn.jinghai.crm.relocation.application;

/** A row's outcome as an import answers it (API.md): ALREADY_IMPORTED for a row an earlier run recorded. */
public enum ImportOutcome {
    CREATED,
    LINKED,
    REJECTED,
    ALREADY_IMPORTED
}
