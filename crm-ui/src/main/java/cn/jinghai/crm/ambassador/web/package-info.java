/** The ambassador endpoints: recording leadership's reward approvals. */
package cn.jinghai.crm.ambassador.web;
