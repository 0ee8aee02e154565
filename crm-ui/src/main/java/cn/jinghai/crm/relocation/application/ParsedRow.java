package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CompanyNames;
import cn.jinghai.crm.common.api.CreditCode;

import java.time.LocalDate;

/**
 * One data row of a list, validated and normalised; or, when {@code rejection} is set, the reason it
 * cannot be imported (with whatever could be read of the company, for the record).
 */
public record ParsedRow(
        int row,
        String companyName,
        CreditCode creditCode,
        String rawCreditCode,
        String projectName,
        CnyAmount plannedInvestmentCny,
        String industryChain,
        String origin,
        String contactName,
        String contactPhone,
        String remarks,
        LocalDate plannedMoveDate,
        Rejection rejection) {

    public boolean rejected() {
        return rejection != null;
    }

    /** The comparison form of the company name (see {@link CompanyNames#normalise}). */
    public String nameKey() {
        return CompanyNames.normalise(companyName);
    }

    ParsedRow rejectedAs(Rejection why) {
        return new ParsedRow(row, companyName, creditCode, rawCreditCode, projectName, plannedInvestmentCny, industryChain,
                origin, contactName, contactPhone, remarks, plannedMoveDate, why);
    }
}
