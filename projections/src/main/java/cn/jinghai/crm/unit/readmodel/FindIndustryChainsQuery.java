package cn.jinghai.crm.unit.readmodel;

/** Every industry chain, in the order they were defined. */
public record FindIndustryChainsQuery() {
}
