/**
 * The lead's public messages: typed id, stage/channel/origin codes, the commands that register and
 * move a lead, and the events that record what happened. Records only; no behaviour.
 */
package cn.jinghai.crm.lead.api;
