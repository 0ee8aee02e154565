package cn.jinghai.crm.lead.readmodel.detail;

import java.time.Instant;

/** One event of a lead's history: its type, when and by whom it was recorded, and its data. */
public record LeadHistoryEntry(String type, Instant recordedAt, String recordedBy, Object data) {
}
