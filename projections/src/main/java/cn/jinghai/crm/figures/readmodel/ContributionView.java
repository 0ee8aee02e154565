package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;

import java.time.LocalDate;

/**
 * One verified tranche behind a figure: the lead, the unit credited on the arrival date and the
 * lead's owner now (which decides who may see it), and the amount that counts.
 */
public record ContributionView(String leadId, String trancheId, String companyName, String projectName,
                               String creditedUnit, String ownerUnit, String industryChain, String channel,
                               CapitalOrigin origin, LocalDate arrivalDate, CnyAmount amountCny) {
}
