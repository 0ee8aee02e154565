package cn.jinghai.crm.unit.readmodel;

/** Every unit, ordered by kind (parks first) and code. */
public record FindUnitsQuery() {
}
