package cn.jinghai.crm.relocation.api;

import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.LeadId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A list row became a new lead (registered in the same transaction): the company is on the list,
 * with the list's own facts that a lead does not keep (迁出地 {@code origin}, 备注 {@code remarks}, the planned move date).
 */
@Revision("1")
public record RelocationRowCreatedEvent(
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
