package cn.jinghai.crm.lead.readmodel.pipeline;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.projections.support.ReadModelDocuments;
import org.bson.Document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leads the pipeline watches, in memory: key projects and leads with a next step, not dropped. The
 * dashboard's stalled key projects and overdue next steps depend on today, so they cannot be kept as
 * totals; this keeps them from needing a scan of every lead's document on each render. It is the
 * pipeline's {@link cn.jinghai.crm.projections.support.InMemoryCopy} of {@code pipeline_leads}, holding
 * only the documents that can appear in either list.
 */
final class PipelineWatch implements ReadModelDocuments.Listener {

    /** A watched lead: what the two lists show of it. */
    private record Watched(String id, String company, String project, String unit, boolean keyProject,
                           LocalDate lastActivity, String nextStep, LocalDate nextStepDate) {
    }

    private final ConcurrentHashMap<String, Watched> watched = new ConcurrentHashMap<>();

    @Override
    public void written(Document lead) {
        String id = lead.getString("_id");
        boolean keyProject = lead.getBoolean("keyProject", false);
        String due = lead.getString("nextStepDate");
        if (Stage.DROPPED.name().equals(lead.getString("stage")) || !keyProject && due == null) {
            watched.remove(id);
            return;
        }
        String last = lead.getString("lastActivity");
        watched.put(id, new Watched(id, lead.getString("company"), lead.getString("project"), lead.getString("unit"),
                keyProject, LocalDate.parse(last == null ? lead.getString("registeredOn") : last),
                lead.getString("nextStep"), due == null ? null : LocalDate.parse(due)));
    }

    @Override
    public void deleted(Object id) {
        watched.remove(String.valueOf(id));
    }

    @Override
    public void cleared() {
        watched.clear();
    }

    /**
     * Key projects of {@code unit} (null: every unit) without activity for {@code stalledDays} or more
     * on {@code today}, longest first.
     */
    List<PipelineView.StalledLead> stalled(String unit, LocalDate today, int stalledDays) {
        List<PipelineView.StalledLead> stalled = new ArrayList<>();
        for (Watched lead : watched.values()) {
            if (lead.keyProject() && (unit == null || unit.equals(lead.unit()))) {
                long idle = ChronoUnit.DAYS.between(lead.lastActivity(), today);
                if (idle >= stalledDays) {
                    stalled.add(new PipelineView.StalledLead(lead.id(), lead.company(), lead.project(), lead.unit(),
                            lead.lastActivity(), idle));
                }
            }
        }
        stalled.sort(Comparator.comparingLong(PipelineView.StalledLead::daysWithoutActivity).reversed()
                .thenComparing(PipelineView.StalledLead::leadId));
        return stalled;
    }

    /** Next steps of {@code unit}'s leads (null: every unit) dated before {@code today}, longest overdue first. */
    List<PipelineView.OverdueStep> overdue(String unit, LocalDate today) {
        List<PipelineView.OverdueStep> overdue = new ArrayList<>();
        for (Watched lead : watched.values()) {
            if (lead.nextStepDate() != null && lead.nextStepDate().isBefore(today)
                    && (unit == null || unit.equals(lead.unit()))) {
                overdue.add(new PipelineView.OverdueStep(lead.id(), lead.company(), lead.unit(), lead.nextStep(),
                        lead.nextStepDate(), ChronoUnit.DAYS.between(lead.nextStepDate(), today)));
            }
        }
        overdue.sort(Comparator.comparingLong(PipelineView.OverdueStep::daysOverdue).reversed()
                .thenComparing(PipelineView.OverdueStep::leadId));
        return overdue;
    }
}
