/** The year endpoints: targets and quotas. */
package cn.jinghai.crm.target.web;
