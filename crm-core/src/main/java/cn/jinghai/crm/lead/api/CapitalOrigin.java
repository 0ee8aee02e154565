package cn.jinghai.crm.lead.api;

/**
 * Where capital comes from. Only {@link #DOMESTIC_OUTSIDE_CITY} (市外内资) and {@link #FOREIGN} (外资)
 * count toward the external-capital targets; {@link #WITHIN_CITY} (市内) does not.
 */
public enum CapitalOrigin {
    DOMESTIC_OUTSIDE_CITY,
    FOREIGN,
    WITHIN_CITY;

    public boolean countsAsExternal() {
        return this != WITHIN_CITY;
    }
}
