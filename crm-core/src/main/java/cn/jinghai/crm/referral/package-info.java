/** The referral aggregate: an ambassador's referral and the district office's decision on it. */
package cn.jinghai.crm.referral;
