/** The district office's units page: units with their staffing, the yearly targets and each unit's quota. */
package cn.jinghai.crm.unit.ui;
