/** Helpers shared by the read models: idempotent writes keyed by the last applied global event index. */
package cn.jinghai.crm.projections.support;
