package cn.jinghai.crm.lead.readmodel.detail;

import java.time.Instant;

/**
 * One event of a lead's history: its type (the event's name), when and by whom it was recorded, and
 * what it shows ({@link HistoryData}, phones masked for viewers who do not work the lead).
 */
public record LeadHistoryEntry(String type, Instant recordedAt, String recordedBy, HistoryData data) {
}
