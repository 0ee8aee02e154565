package cn.jinghai.crm.platform.web;

/** Body of the reject and reverse endpoints: the reason. */
public record ReasonRequest(String reason) {
}
