/** Leads as users work them (register, edit, stages, reassignment, follow-ups, list, history): one service for the API and the screens. */
package cn.jinghai.crm.lead.application;
