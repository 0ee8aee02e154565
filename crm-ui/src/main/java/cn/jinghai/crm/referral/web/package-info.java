/** The referral endpoints: submit and follow (ambassadors), the inbox, accept and decline (district office). */
package cn.jinghai.crm.referral.web;
