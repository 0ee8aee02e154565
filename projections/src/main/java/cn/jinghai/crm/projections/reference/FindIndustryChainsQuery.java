package cn.jinghai.crm.projections.reference;

/** Every industry chain, in the order they were defined. */
public record FindIndustryChainsQuery() {
}
