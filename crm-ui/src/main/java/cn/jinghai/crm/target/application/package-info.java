/** Yearly targets and unit quotas set by the district office; one service for the API and the units page. */
package cn.jinghai.crm.target.application;
