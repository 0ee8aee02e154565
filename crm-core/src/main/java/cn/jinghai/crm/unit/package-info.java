/** The unit aggregate: created or changed by the district office; a change is an event, the old values stay in history. */
package cn.jinghai.crm.unit;
