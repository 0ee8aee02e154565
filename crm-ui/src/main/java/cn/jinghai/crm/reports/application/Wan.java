package cn.jinghai.crm.reports.application;

import cn.jinghai.crm.common.api.CnyAmount;

import java.math.BigDecimal;

/** Yuan to 万元, the unit the city's reports use: exactly (a decimal shift, no rounding). */
public final class Wan {

    private Wan() {
    }

    public static BigDecimal of(CnyAmount yuan) {
        return yuan == null ? null : yuan.value().movePointLeft(4).stripTrailingZeros();
    }

    public static BigDecimal of(String yuan) {
        return yuan == null ? null : new BigDecimal(yuan).movePointLeft(4).stripTrailingZeros();
    }
}
