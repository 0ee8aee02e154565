/**
 * The lead aggregate: registration under the unit's and role's rules, and stage moves with the
 * reasons, amounts and dates each move needs (DOMAIN.md, "A lead and its life").
 */
package cn.jinghai.crm.lead;
