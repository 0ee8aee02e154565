/**
 * The honorary investment ambassador's own page (招商名誉大使): submit a referral, follow one's
 * referrals and their stage, see one's reward standing; a phone-first page outside the staff frame.
 * Also the one "not found or not allowed" page every user sees for a route that does not exist or
 * that they may not open, so an ambassador typing a staff address learns nothing of it.
 */
package cn.jinghai.crm.ui.ambassador;
