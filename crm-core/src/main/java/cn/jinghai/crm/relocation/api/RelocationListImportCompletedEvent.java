package cn.jinghai.crm.relocation.api;

import org.axonframework.serialization.Revision;

/** Every row of the list is recorded; the tally of their outcomes. Recorded once per list. */
@Revision("1")
public record RelocationListImportCompletedEvent(
        RelocationListId listId,
        int created,
        int linked,
        int rejected) {
}
