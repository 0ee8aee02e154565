package cn.jinghai.crm.ambassador.api;

import cn.jinghai.crm.common.api.CnyAmount;

/** DOMAIN.md: an ambassador's rewards are capped at 500万元 per person per year ("最高不超过500万元的重奖"). */
public final class RewardRules {

    public static final CnyAmount CAP_PER_YEAR = CnyAmount.parse("5000000");

    private RewardRules() {
    }
}
