package cn.jinghai.crm.relocation.api;

import org.axonframework.serialization.Revision;

/**
 * A list file was imported into a unit: which file (name, SHA-256, size, format), how many data
 * rows, and by whom (also in the event's metadata); when is the event's timestamp.
 */
@Revision("1")
public record RelocationListImportedEvent(
        RelocationListId listId,
        String fileName,
        String sha256,
        long sizeBytes,
        String format,
        String unitCode,
        int rows,
        String importedBy) {
}
