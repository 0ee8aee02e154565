/**
 * The district office's administration: units with their staffing, each year's targets and unit
 * quotas, users and ambassadors, leadership's reward approvals, and rebuilding the read models with
 * their progress shown while it runs.
 */
package cn.jinghai.crm.ui.office.admin;
