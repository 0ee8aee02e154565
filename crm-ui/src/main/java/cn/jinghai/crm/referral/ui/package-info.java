/**
 * The district office's referral inbox: ambassadors' referrals by status, accepted into a lead of
 * a unit (the referral and its lead in one transaction, as the API does) or declined with a reason.
 */
package cn.jinghai.crm.referral.ui;
