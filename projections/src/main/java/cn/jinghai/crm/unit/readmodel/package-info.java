/** Reference data as staff read it: units with their staffing, and the industry chains. */
package cn.jinghai.crm.unit.readmodel;
