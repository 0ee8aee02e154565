package cn.jinghai.crm.lead.api;

/** A contact person of the investing company; the phone is personal information (shown masked in lists). */
public record Contact(String name, String title, String phone) {
}
