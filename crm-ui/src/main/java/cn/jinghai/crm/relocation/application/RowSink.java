package cn.jinghai.crm.relocation.application;

import java.util.List;

/** Receives a sheet's rows in order: the row number a spreadsheet shows (from 1) and the cells as text. */
@FunctionalInterface
interface RowSink {

    void row(int rowNumber, List<String> cells);
}
