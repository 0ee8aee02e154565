package cn.jinghai.crm.chain.web;

/** Body of {@code PUT /api/industry-chains/{code}}: the chain's display name. */
public record ChainRequest(String name) {
}
