package cn.jinghai.crm.funding.web;

import cn.jinghai.crm.lead.api.CapitalOrigin;

import java.time.LocalDate;

/** Body of {@code POST /api/leads/{id}/tranches} (API.md); amounts and rates are decimal strings. */
public record TrancheRequest(String amount, String currency, String rateToCny, CapitalOrigin origin,
                             LocalDate arrivalDate, String evidence) {
}
