/** Reusable UI components: the ECharts chart fed from Java and its option builders. */
package cn.jinghai.crm.ui.components;
