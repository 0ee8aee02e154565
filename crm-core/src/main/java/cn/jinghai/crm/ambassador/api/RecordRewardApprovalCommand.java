package cn.jinghai.crm.ambassador.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The district office records leadership's approval of a reward to an ambassador
 * (POST /api/ambassadors/{username}/rewards).
 */
public record RecordRewardApprovalCommand(@TargetAggregateIdentifier String ambassador, String rewardId, Integer year,
                                          CnyAmount amountCny, String approvedBy, String documentNo) {
}
