package cn.jinghai.crm.ambassador;

import cn.jinghai.crm.ambassador.api.AmbassadorDirectory;
import cn.jinghai.crm.ambassador.api.RecordRewardApprovalCommand;
import cn.jinghai.crm.ambassador.api.RewardApprovalRecordedEvent;
import cn.jinghai.crm.ambassador.api.RewardRules;
import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One ambassador's approved rewards, so that the yearly cap holds across approvals. Leadership
 * decides; the district office records the decision with the approver and the document number.
 */
public class AmbassadorRewards {

    @AggregateIdentifier
    private String ambassador;
    private final Map<Integer, CnyAmount> approvedPerYear = new HashMap<>();
    private final Set<String> documents = new HashSet<>();

    protected AmbassadorRewards() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordRewardApprovalCommand command, MetaData metaData, AmbassadorDirectory ambassadors) {
        if (!Actor.from(metaData).is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.reward.role");
        }
        String who = Checks.required("ambassador", command.ambassador());
        if (!ambassadors.isAmbassador(who)) {
            throw DomainException.notFound("error.ambassador.notFound");
        }
        String rewardId = Checks.text("rewardId", command.rewardId(), 64);
        int year = Checks.year("year", command.year());
        CnyAmount amount = Checks.positive("amountCny", command.amountCny());
        String approvedBy = Checks.text("approvedBy", command.approvedBy(), 50);
        String documentNo = Checks.text("documentNo", command.documentNo(), 100);
        if (documents.contains(documentNo)) {
            throw DomainException.invalid("documentNo", "error.reward.documentNo");
        }
        CnyAmount total = approvedPerYear.getOrDefault(year, CnyAmount.ZERO).plus(amount);
        if (total.compareTo(RewardRules.CAP_PER_YEAR) > 0) {
            throw DomainException.invalid("amountCny", "error.reward.cap", RewardRules.CAP_PER_YEAR,
                    approvedPerYear.getOrDefault(year, CnyAmount.ZERO));
        }
        apply(new RewardApprovalRecordedEvent(who, rewardId, year, amount, approvedBy, documentNo));
    }

    @EventSourcingHandler
    void on(RewardApprovalRecordedEvent event) {
        ambassador = event.ambassador();
        approvedPerYear.merge(event.year(), event.amountCny(), CnyAmount::plus);
        documents.add(event.documentNo());
    }
}
