package cn.jinghai.crm.relocation.readmodel;

import java.time.Instant;

/**
 * A company on an imported list: the list (its file, unit, who imported it and when), the row, its
 * outcome (CREATED, LINKED or REJECTED) and when it was recorded. {@code leadId} is set only where
 * the asker may see that lead.
 */
public record RelocationListing(String listId, String fileName, String unitCode, String importedBy, Instant importedAt,
                                int row, String outcome, String companyName, String creditCode, String leadId,
                                Instant recordedAt) {
}
