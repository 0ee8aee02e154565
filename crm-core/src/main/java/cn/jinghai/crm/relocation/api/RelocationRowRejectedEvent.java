package cn.jinghai.crm.relocation.api;

import org.axonframework.serialization.Revision;

/** A list row was rejected: why, in which column (as the file names it), and the texts as typed. */
@Revision("1")
public record RelocationRowRejectedEvent(
        RelocationRowId rowId,
        RelocationListId listId,
        String unitCode,
        int row,
        String companyName,
        String rawCreditCode,
        RejectionReason reason,
        String column,
        String detail) {
}
