/** Referrals: submit and follow (ambassadors), the inbox, accept into a lead and decline (district office); one service for the API and the screens. */
package cn.jinghai.crm.referral.application;
