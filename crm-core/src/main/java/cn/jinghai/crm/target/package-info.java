/** The year aggregate: the three targets of DOMAIN.md and each unit's quota, set by the district office. */
package cn.jinghai.crm.target;
