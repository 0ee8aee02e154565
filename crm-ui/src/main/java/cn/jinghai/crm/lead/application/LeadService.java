package cn.jinghai.crm.lead.application;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.MoveLeadStageCommand;
import cn.jinghai.crm.lead.api.ReassignLeadCommand;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.api.UpdateLeadDetailsCommand;
import cn.jinghai.crm.lead.readmodel.detail.FindLeadHistoryQuery;
import cn.jinghai.crm.lead.readmodel.detail.FindLeadQuery;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistory;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;
import cn.jinghai.crm.lead.readmodel.detail.LeadView;
import cn.jinghai.crm.lead.readmodel.list.FindLeadsQuery;
import cn.jinghai.crm.lead.readmodel.list.LeadPage;
import cn.jinghai.crm.platform.idempotency.IdempotentRequests;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * What a user can do with leads, for the API and the screens alike: register, edit, move through the
 * stages, hand to another unit, record follow-ups, and read the list, one lead and its history. The
 * rules and permission checks are the domain's and the read models' (the signed-in user travels with
 * every message); here the commands are built, the list's paging is checked, and a registration made
 * with an idempotency key happens once.
 */
@Service
public class LeadService {

    /** The deepest page a list may ask for; further is refused rather than scanned. */
    static final int MAX_PAGE = 100_000;
    static final int MAX_SEARCH = 100;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotentRequests idempotent;

    public LeadService(CommandGateway commands, QueryGateway queries, IdempotentRequests idempotent) {
        this.commands = commands;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    /** A page of the leads the caller may see, optionally of one unit and stage, matching {@code q}. */
    public LeadPage list(String unit, Stage stage, String q, int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw DomainException.invalid("page", "error.page");
        }
        if (size < 1 || size > FindLeadsQuery.MAX_SIZE) {
            throw DomainException.invalid("size", "error.pageSize", FindLeadsQuery.MAX_SIZE);
        }
        String search = Checks.optionalText("q", q, MAX_SEARCH);
        return queries.query(new FindLeadsQuery(blankToNull(unit), stage, search, page, size),
                ResponseTypes.instanceOf(LeadPage.class)).join();
    }

    public LeadView lead(LeadId id) {
        return queries.query(new FindLeadQuery(id), LeadView.class).join();
    }

    public List<LeadHistoryEntry> history(LeadId id) {
        return queries.query(new FindLeadHistoryQuery(id), LeadHistory.class).join().entries();
    }

    /** Registers a lead (once per idempotency key, when one is given) and answers its id. */
    public LeadId register(NewLead lead, String idempotencyKey) {
        return new LeadId(idempotent.once(idempotencyKey, "/api/leads", lead, () -> {
            LeadId id = LeadId.random();
            commands.sendAndWait(new RegisterLeadCommand(id, lead.companyName(),
                    CreditCode.optional("creditCode", lead.creditCode()), lead.projectName(), lead.industryChain(),
                    lead.channel(), lead.capitalOrigin(), lead.plannedInvestmentCny(),
                    Checks.required("beijing", lead.beijing()), Checks.required("highTech", lead.highTech()),
                    Checks.required("keyProject", lead.keyProject()), lead.unitCode()));
            return id.value();
        }));
    }

    /** Changes the given fields; answers the lead's new version. */
    public long updateDetails(LeadId id, Long expectedVersion, LeadChanges changes) {
        if (changes.given().isEmpty()) {
            throw DomainException.invalid(null, "error.patch.empty");
        }
        return commands.sendAndWait(new UpdateLeadDetailsCommand(id, expectedVersion, changes.given(),
                changes.companyName(), CreditCode.optional("creditCode", changes.creditCode()), changes.projectName(),
                changes.industryChain(), changes.channel(), changes.capitalOrigin(), changes.plannedInvestmentCny(),
                changes.beijing(), changes.highTech(), changes.keyProject(), changes.contacts(),
                changes.responsibleLeader()));
    }

    public long moveStage(LeadId id, Long expectedVersion, StageMove move) {
        return commands.sendAndWait(new MoveLeadStageCommand(id, expectedVersion, move.stage(), move.date(),
                move.reason(), move.contractedCny(), move.reviewDate()));
    }

    public long reassign(LeadId id, Long expectedVersion, Reassignment reassignment) {
        return commands.sendAndWait(new ReassignLeadCommand(id, expectedVersion, reassignment.unitCode(),
                reassignment.reason(), reassignment.effectiveDate()));
    }

    public long recordActivity(LeadId id, Long expectedVersion, NewActivity activity) {
        return commands.sendAndWait(new RecordActivityCommand(id, expectedVersion, UUID.randomUUID().toString(),
                activity.type(), activity.date(), activity.notes(), activity.participants(), activity.nextStep(),
                activity.nextStepDate()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
