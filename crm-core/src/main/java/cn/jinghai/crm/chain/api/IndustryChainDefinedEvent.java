package cn.jinghai.crm.chain.api;

import org.axonframework.serialization.Revision;

/** An industry chain exists under {@code code} with a (possibly new) display name. */
@Revision("1")
public record IndustryChainDefinedEvent(String code, String name) {
}
