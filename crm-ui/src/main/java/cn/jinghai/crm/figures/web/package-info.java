/** The figures endpoints: progress toward the year's targets and the unit ranking, with as-of. */
package cn.jinghai.crm.figures.web;
