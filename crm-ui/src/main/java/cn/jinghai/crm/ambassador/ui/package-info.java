/**
 * The honorary investment ambassador's own page (招商名誉大使): submit a referral, follow one's
 * referrals and their stage, see one's reward standing; a phone-first page outside the staff frame.
 * Also the office's page of reward approvals.
 */
package cn.jinghai.crm.ambassador.ui;
