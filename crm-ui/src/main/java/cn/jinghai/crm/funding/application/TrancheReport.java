package cn.jinghai.crm.funding.application;

import cn.jinghai.crm.lead.api.CapitalOrigin;

import java.time.LocalDate;

/**
 * A tranche as reported (the body of {@code POST /api/leads/{id}/tranches} and the tranche dialog's result):
 * amount and rate stay decimal strings, parsed exactly by the domain.
 */
public record TrancheReport(String amount, String currency, String rateToCny, CapitalOrigin origin,
                            LocalDate arrivalDate, String evidence) {
}
