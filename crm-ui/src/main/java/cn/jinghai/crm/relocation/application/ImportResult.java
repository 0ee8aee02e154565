package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.relocation.api.RelocationListId;

import java.util.List;

/** The report of one import run: every data row's outcome, in file order. */
public record ImportResult(RelocationListId listId, List<RowResult> rows) {

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
