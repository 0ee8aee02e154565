/**
 * The leads part of the staff UI: the lead list, the kanban board by stage and the lead page, for
 * park teams (their unit), the district office (every unit) and leadership (read-only). Views talk
 * to {@link cn.jinghai.crm.lead.ui.LeadsService} only, which sends the same commands and queries as
 * the REST API, so every rule and scope check stays where those messages are handled.
 */
package cn.jinghai.crm.lead.ui;
