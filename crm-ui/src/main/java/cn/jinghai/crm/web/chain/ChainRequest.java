package cn.jinghai.crm.web.chain;

/** Body of {@code PUT /api/industry-chains/{code}}: the chain's display name. */
public record ChainRequest(String name) {
}
