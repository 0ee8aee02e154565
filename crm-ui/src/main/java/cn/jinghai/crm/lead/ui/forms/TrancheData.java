package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.lead.api.CapitalOrigin;

import java.time.LocalDate;

/** A tranche report as typed: amount and rate stay decimal strings, parsed exactly by the domain. */
public record TrancheData(String amount, String currency, String rateToCny, CapitalOrigin origin, LocalDate arrivalDate,
                          String evidence) {
}
