package cn.jinghai.crm.projections.reference;

/** Every unit, ordered by kind (parks first) and code. */
public record FindUnitsQuery() {
}
