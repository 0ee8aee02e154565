package cn.jinghai.crm.relocation.api;

import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.LeadId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records what became of one row of a list. For CREATED and LINKED, {@code leadId} is the lead and
 * {@code creditCode} the row's valid code (or null); for REJECTED, {@code reason} and the
 * {@code column} (the header as the file spells it) say why, {@code detail} adds a value where useful
 * (the earlier row of a duplicate, say), and {@code rawCreditCode} keeps the code as typed.
 */
public record RecordRelocationRowCommand(
        @TargetAggregateIdentifier RelocationRowId rowId,
        RelocationListId listId,
        String unitCode,
        int row,
        RowOutcome outcome,
        LeadId leadId,
        String companyName,
        CreditCode creditCode,
        String rawCreditCode,
        String origin,
        String remarks,
        LocalDate plannedMoveDate,
        RejectionReason reason,
        String column,
        String detail) {
}
