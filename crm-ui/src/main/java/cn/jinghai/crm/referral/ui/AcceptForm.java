package cn.jinghai.crm.referral.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;

/** What the office completes to turn a referral into a lead (the body of {@code POST /api/referrals/{id}/accept}). */
public record AcceptForm(String unitCode, String projectName, String industryChain, CapitalOrigin capitalOrigin,
                         CnyAmount plannedInvestmentCny, boolean beijing, boolean highTech, boolean keyProject) {
}
