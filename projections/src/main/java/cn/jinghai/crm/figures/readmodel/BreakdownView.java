package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;

import java.util.Map;

/**
 * A year's verified external funds (市外内资、外资) broken down by the unit credited, the lead's industry
 * chain and channel, and the month of arrival ({@code yyyy-MM}).
 */
public record BreakdownView(int year, Map<String, CnyAmount> byUnit, Map<String, CnyAmount> byChain,
                            Map<String, CnyAmount> byChannel, Map<String, CnyAmount> byMonth) {
}
