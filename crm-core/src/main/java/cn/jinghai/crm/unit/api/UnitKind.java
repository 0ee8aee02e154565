package cn.jinghai.crm.unit.api;

/** Kinds of unit (招商主体): one of the six parks, a township or street, or the Beijing office. */
public enum UnitKind {
    PARK,
    TOWNSHIP,
    OFFICE
}
