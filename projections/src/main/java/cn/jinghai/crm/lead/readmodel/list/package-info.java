/**
 * The lead list: a MongoDB read model of every lead's current registration fields and stage, with
 * the paged, scoped list query of API.md ({@code GET /api/leads}).
 */
package cn.jinghai.crm.lead.readmodel.list;
