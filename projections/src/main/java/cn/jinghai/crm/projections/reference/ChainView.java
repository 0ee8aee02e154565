package cn.jinghai.crm.projections.reference;

/** An industry chain as {@code GET /api/industry-chains} shows it. */
public record ChainView(String code, String name) {
}
