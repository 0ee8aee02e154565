/** Referrals as their ambassadors and the district office see them, with the accepted leads' stages. */
package cn.jinghai.crm.referral.readmodel;
