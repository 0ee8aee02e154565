package cn.jinghai.crm.relocation.web;

import java.util.List;

/**
 * The answer of {@code POST /api/imports} exactly as API.md lists it; an outcome also carries, for a
 * rejected row, a stable {@code code} and the {@code column} as the file names it.
 */
public record ImportAnswer(String importId, long rows, long created, long linked, long rejected, long alreadyImported,
                           List<Outcome> outcomes) {

    public record Outcome(int row, String outcome, String leadId, String reason, String code, String column) {
    }
}
