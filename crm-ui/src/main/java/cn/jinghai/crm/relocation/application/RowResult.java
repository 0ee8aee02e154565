package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.relocation.api.RowOutcome;

/**
 * What an import answers for one row. {@code recorded} is the outcome the row's record holds (the
 * same as {@code outcome} unless ALREADY_IMPORTED); {@code leadId} is set only where the caller may
 * see that lead; {@code rejection} only for rejected rows.
 */
public record RowResult(int row, ImportOutcome outcome, RowOutcome recorded, LeadId leadId, Rejection rejection) {
}
