/** Ambassador referrals (大使推荐) as messages: submit, accept, decline, and the first-referrer lookup port. */
package cn.jinghai.crm.referral.api;
