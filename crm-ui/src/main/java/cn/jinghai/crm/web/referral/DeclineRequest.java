package cn.jinghai.crm.web.referral;

/** Body of {@code POST /api/referrals/{id}/decline}. */
public record DeclineRequest(String reason) {
}
