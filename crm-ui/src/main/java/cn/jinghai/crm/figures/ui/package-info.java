/**
 * The dashboard (驾驶舱): progress toward the year's targets, the unit ranking, verified funds by month,
 * chain and channel, the pipeline and stalled key projects, each figure opening the records behind it;
 * as of any past date, and the month-end restatement.
 */
package cn.jinghai.crm.figures.ui;
