package cn.jinghai.crm.unit.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.FigureLedgerProjection;
import cn.jinghai.crm.figures.readmodel.FindProgressQuery;
import cn.jinghai.crm.figures.readmodel.FindRankingQuery;
import cn.jinghai.crm.figures.readmodel.ProgressView;
import cn.jinghai.crm.figures.readmodel.RankingRow;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.target.api.SetUnitQuotaCommand;
import cn.jinghai.crm.target.api.SetYearTargetsCommand;
import cn.jinghai.crm.unit.application.OfficeReference;
import cn.jinghai.crm.unit.api.DefineUnitCommand;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Units, a year's targets and the units' quotas: the commands of {@code UnitController} and
 * {@code YearController}. No read model lists targets and quotas as such; their current values are
 * read from the year's progress (targets) and ranking (every unit with a quota), which answer
 * REBUILDING while the figures are being rebuilt, as the API does.
 */
@Service
public class UnitsService {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OfficeReference reference;
    private final Projections projections;

    public UnitsService(CommandGateway commands, QueryGateway queries, OfficeReference reference, Projections projections) {
        this.commands = commands;
        this.queries = queries;
        this.reference = reference;
        this.projections = projections;
    }

    public List<UnitView> units() {
        return reference.units();
    }

    public void define(String code, String name, UnitKind kind, Integer staff, Integer dedicatedStaff) {
        commands.sendAndWait(new DefineUnitCommand(code, name, kind, staff, dedicatedStaff));
    }

    public ProgressView progress(int year) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return queries.query(new FindProgressQuery(year, null), ProgressView.class).join();
    }

    public List<RankingRow> ranking(int year) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return queries.query(new FindRankingQuery(year, null), ResponseTypes.multipleInstancesOf(RankingRow.class)).join();
    }

    public void setTargets(int year, CnyAmount externalCapital, CnyAmount sixParks, Integer beijingProjects) {
        commands.sendAndWait(new SetYearTargetsCommand(year, externalCapital, sixParks, beijingProjects));
    }

    public void setQuota(int year, String unitCode, CnyAmount quota) {
        commands.sendAndWait(new SetUnitQuotaCommand(year, unitCode, quota));
    }

    /**
     * Whether a unit keeps at least a third of its staff on investment work full time; the same rule
     * as the ranking's {@code staffingMet}, needed here for units without a quota (not in the ranking).
     */
    public static boolean staffingMet(int staff, int dedicatedStaff) {
        return staff > 0 && 3L * dedicatedStaff >= staff;
    }
}
