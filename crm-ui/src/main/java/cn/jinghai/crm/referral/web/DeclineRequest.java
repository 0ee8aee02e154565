package cn.jinghai.crm.referral.web;

/** Body of {@code POST /api/referrals/{id}/decline}. */
public record DeclineRequest(String reason) {
}
