package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;

/** A year's progress toward its three targets (API.md, {@code GET /api/years/{year}/progress}). */
public record ProgressView(int year, Amounts externalCapital, Amounts sixParks, Count beijingProjects) {

    public record Amounts(CnyAmount targetCny, CnyAmount verifiedCny) {
    }

    public record Count(int target, long count) {
    }
}
