package cn.jinghai.crm.relocation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks a list's import complete once every row is recorded, with the tally of the rows' outcomes. */
public record CompleteRelocationListImportCommand(
        @TargetAggregateIdentifier RelocationListId listId,
        int created,
        int linked,
        int rejected) {
}
