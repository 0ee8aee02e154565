package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.lead.api.Stage;

/**
 * Every lead the asking actor may see, filtered like {@link FindLeadsQuery} (and optionally to key
 * projects), for a spreadsheet; at most {@code max} rows, or a refusal when more would match.
 */
public record FindLeadsForExportQuery(String unit, Stage stage, String q, boolean keyProjectsOnly, int max) {
}
