/** The pipeline: counts and amounts by stage, unit, chain and channel, the funnel, time in stage, stalled and overdue work. */
package cn.jinghai.crm.lead.readmodel.pipeline;
