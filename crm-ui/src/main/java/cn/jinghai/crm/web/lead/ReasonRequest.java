package cn.jinghai.crm.web.lead;

/** Body of the reject and reverse endpoints: the reason. */
public record ReasonRequest(String reason) {
}
