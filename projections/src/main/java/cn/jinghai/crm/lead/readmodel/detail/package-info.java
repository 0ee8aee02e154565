/**
 * One lead's current state and full history, folded from its own event stream at query time
 * ({@code GET /api/leads/{id}} and {@code /history}), with the unit scoping of DOMAIN.md.
 */
package cn.jinghai.crm.lead.readmodel.detail;
