package cn.jinghai.crm.lead.readmodel.list;

import java.util.List;

/** A page of the lead list, {@code page} counted from 0 (API.md). */
public record LeadPage(List<LeadSummary> content, int page, int size, long totalElements) {
}
