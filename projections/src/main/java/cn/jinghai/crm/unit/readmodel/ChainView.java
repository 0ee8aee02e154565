package cn.jinghai.crm.unit.readmodel;

/** An industry chain as {@code GET /api/industry-chains} shows it. */
public record ChainView(String code, String name) {
}
