package cn.jinghai.crm.relocation.api;

import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.LeadId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A list row names a company that already has an active lead ({@code leadId}, possibly another
 * unit's): nothing new is registered, and the company is recorded as being on this list.
 */
@Revision("1")
public record RelocationRowLinkedEvent(
        RelocationRowId rowId,
        RelocationListId listId,
        String unitCode,
        int row,
        LeadId leadId,
        String companyName,
        CreditCode creditCode,
        String origin,
        String remarks,
        LocalDate plannedMoveDate) {
}
