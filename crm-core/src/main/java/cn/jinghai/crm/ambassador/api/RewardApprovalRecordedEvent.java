package cn.jinghai.crm.ambassador.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.serialization.Revision;

/** Leadership approved a reward of {@code amountCny} to an ambassador for {@code year} (by document {@code documentNo}). */
@Revision("1")
public record RewardApprovalRecordedEvent(String ambassador, String rewardId, int year, CnyAmount amountCny,
                                          String approvedBy, String documentNo) {
}
