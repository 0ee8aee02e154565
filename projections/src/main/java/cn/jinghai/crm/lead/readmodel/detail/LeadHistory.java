package cn.jinghai.crm.lead.readmodel.detail;

import java.util.List;

/** A lead's events, oldest first. */
public record LeadHistory(List<LeadHistoryEntry> entries) {
}
