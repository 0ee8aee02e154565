package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.ForeignAmount;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.MoveLeadStageCommand;
import cn.jinghai.crm.lead.api.ReassignLeadCommand;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.ReportTrancheCommand;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.api.UpdateLeadDetailsCommand;
import cn.jinghai.crm.lead.readmodel.detail.FindLeadHistoryQuery;
import cn.jinghai.crm.lead.readmodel.detail.FindLeadQuery;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistory;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;
import cn.jinghai.crm.lead.readmodel.detail.LeadView;
import cn.jinghai.crm.lead.readmodel.list.FindLeadsQuery;
import cn.jinghai.crm.lead.readmodel.list.LeadPage;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import cn.jinghai.crm.unit.readmodel.FindUnitsQuery;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.lead.ui.forms.ActivityData;
import cn.jinghai.crm.lead.ui.forms.LeadData;
import cn.jinghai.crm.lead.ui.forms.ReassignData;
import cn.jinghai.crm.lead.ui.forms.StageMoveData;
import cn.jinghai.crm.lead.ui.forms.TrancheData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * The leads views' one service: the same commands and queries {@code LeadController} and
 * {@code TrancheController} send, nothing more. The signed-in user is stamped on each message by the
 * gateway's interceptor, so the scope and permission checks are the API's own.
 */
@Service
public class LeadsService {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public LeadsService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public LeadPage list(String unit, Stage stage, String q, int page, int size) {
        String search = q == null || q.isBlank() ? null : q.strip();
        return queries.query(new FindLeadsQuery(unit, stage, search, page, Math.min(size, FindLeadsQuery.MAX_SIZE)),
                ResponseTypes.instanceOf(LeadPage.class)).join();
    }

    public LeadView lead(String id) {
        return queries.query(new FindLeadQuery(new LeadId(id)), LeadView.class).join();
    }

    public List<LeadHistoryEntry> history(String id) {
        return queries.query(new FindLeadHistoryQuery(new LeadId(id)), LeadHistory.class).join().entries();
    }

    public List<UnitView> units() {
        return queries.query(new FindUnitsQuery(), ResponseTypes.multipleInstancesOf(UnitView.class)).join();
    }

    public List<ChainView> chains() {
        return queries.query(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class)).join();
    }

    /** Registers a lead and answers its new id. */
    public String register(LeadData d) {
        LeadId id = LeadId.random();
        commands.sendAndWait(new RegisterLeadCommand(id, d.companyName(), CreditCode.optional("creditCode", d.creditCode()),
                d.projectName(), d.industryChain(), d.channel(), d.capitalOrigin(), d.plannedInvestmentCny(),
                d.beijing(), d.highTech(), d.keyProject(), d.unitCode()));
        return id.value();
    }

    public long update(String id, long version, LeadData d) {
        return commands.sendAndWait(new UpdateLeadDetailsCommand(new LeadId(id), version, d.fieldsGiven(),
                d.companyName(), CreditCode.optional("creditCode", d.creditCode()), d.projectName(), d.industryChain(),
                d.channel(), d.capitalOrigin(), d.plannedInvestmentCny(), d.beijing(), d.highTech(), d.keyProject(),
                d.contacts(), d.responsibleLeader()));
    }

    public long moveStage(String id, long version, StageMoveData d) {
        return commands.sendAndWait(new MoveLeadStageCommand(new LeadId(id), version, d.stage(), d.date(), d.reason(),
                d.contractedCny(), d.reviewDate()));
    }

    public long recordActivity(String id, long version, ActivityData d) {
        return commands.sendAndWait(new RecordActivityCommand(new LeadId(id), version, UUID.randomUUID().toString(),
                d.type(), d.date(), d.notes(), d.participants(), d.nextStep(), d.nextStepDate()));
    }

    public String reportTranche(String id, long version, TrancheData d) {
        ForeignAmount amount = ForeignAmount.of(d.amount(), d.currency(), d.rateToCny());
        return commands.sendAndWait(new ReportTrancheCommand(new LeadId(id), version, UUID.randomUUID().toString(),
                amount, d.origin(), d.arrivalDate(), d.evidence()));
    }

    public long reassign(String id, long version, ReassignData d) {
        return commands.sendAndWait(new ReassignLeadCommand(new LeadId(id), version, d.unitCode(), d.reason(),
                d.effectiveDate()));
    }
}
