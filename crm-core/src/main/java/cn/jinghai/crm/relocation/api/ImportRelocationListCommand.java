package cn.jinghai.crm.relocation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a list file is being imported into a unit; answers whether this is the list's first
 * import (false: the same file was imported into that unit before, and nothing is recorded again).
 *
 * @param sha256 the file's SHA-256, lower-case hex
 * @param format {@code xlsx} or {@code csv}
 * @param rows   the number of data rows the file holds
 */
public record ImportRelocationListCommand(
        @TargetAggregateIdentifier RelocationListId listId,
        String fileName,
        String sha256,
        long sizeBytes,
        String format,
        String unitCode,
        int rows) {
}
