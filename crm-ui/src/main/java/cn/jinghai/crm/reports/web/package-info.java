/**
 * Spreadsheet exports: the lead list as xlsx or csv (same filters and scope as the list, phones
 * masked unless the viewer works the lead) and the monthly report for the city as of a month end.
 * Every export is audited.
 */
package cn.jinghai.crm.reports.web;
