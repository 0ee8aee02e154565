package cn.jinghai.crm.projections.leaddetail;

import java.util.List;

/** A lead's events, oldest first. */
public record LeadHistory(List<LeadHistoryEntry> entries) {
}
