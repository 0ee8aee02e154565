package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.lead.readmodel.detail.HistoryData;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivitiesTest {

    private static LeadHistoryEntry activity(String date, String next, String nextDate, int second) {
        return new LeadHistoryEntry("ActivityRecordedEvent", Instant.ofEpochSecond(second), "ziya",
                new HistoryData.Activity("a" + second, ActivityType.VISIT, LocalDate.parse(date), "n", null, next,
                        nextDate == null ? null : LocalDate.parse(nextDate)));
    }

    @Test
    void latestByActivityDate_setsTheNextStep_evenIfRecordedEarlier() {
        List<Activities.Entry> entries = Activities.of(List.of(
                activity("2024-05-10", "sign", "2024-06-01", 1),
                activity("2024-05-01", "call", "2024-05-05", 2)));
        assertThat(entries.get(0).activity().nextStep()).isEqualTo("sign");
        Activities.NextStep next = Activities.nextStep(entries, LocalDate.parse("2024-06-02")).orElseThrow();
        assertThat(next.overdue()).isTrue();
        assertThat(Activities.nextStep(entries, LocalDate.parse("2024-06-01")).orElseThrow().overdue()).isFalse();
    }

    @Test
    void noActivity_noNextStep() {
        assertThat(Activities.nextStep(Activities.of(List.of()), LocalDate.now())).isEmpty();
        assertThat(Activities.nextStep(Activities.of(List.of(activity("2024-05-10", null, null, 1))), LocalDate.now()))
                .isEmpty();
    }
}
