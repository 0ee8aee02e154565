/**
 * The leads part of the staff UI: the lead list, the kanban board by stage and the lead page, for
 * park teams (their unit), the district office (every unit) and leadership (read-only). Views call
 * the application services ({@link cn.jinghai.crm.lead.application.LeadService}, the funding service
 * for tranches), the same as the REST API, so every rule and scope check stays in one place.
 */
package cn.jinghai.crm.lead.ui;
