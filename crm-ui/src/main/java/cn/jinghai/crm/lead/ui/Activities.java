package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.readmodel.detail.HistoryData;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A lead's activities as its history records them, and the next step the latest one set. */
final class Activities {

    /** One recorded activity with who recorded it and when. */
    record Entry(HistoryData.Activity activity, String recordedBy, Instant recordedAt) {
    }

    /** The next step and its date; {@code overdue} when the date has passed (CST today). */
    record NextStep(String text, LocalDate date, boolean overdue) {
    }

    private Activities() {
    }

    /** Newest first: by activity date, then by when it was recorded. */
    static List<Entry> of(List<LeadHistoryEntry> history) {
        List<Entry> result = new ArrayList<>();
        for (LeadHistoryEntry e : history) {
            if (e.data() instanceof HistoryData.Activity a) {
                result.add(new Entry(a, e.recordedBy(), e.recordedAt()));
            }
        }
        result.sort(Comparator.comparing((Entry e) -> e.activity().date()).thenComparing(Entry::recordedAt).reversed());
        return result;
    }

    /** The latest activity's next step, if it set one. */
    static Optional<NextStep> nextStep(List<Entry> newestFirst, LocalDate today) {
        if (newestFirst.isEmpty()) {
            return Optional.empty();
        }
        HistoryData.Activity latest = newestFirst.get(0).activity();
        if (latest.nextStep() == null && latest.nextStepDate() == null) {
            return Optional.empty();
        }
        LocalDate due = latest.nextStepDate();
        return Optional.of(new NextStep(latest.nextStep(), due, due != null && due.isBefore(today)));
    }
}
