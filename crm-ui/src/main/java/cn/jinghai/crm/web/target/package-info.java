/** The year endpoints: targets and quotas. */
package cn.jinghai.crm.web.target;
