/**
 * Writing spreadsheets people open in Excel and WPS: xlsx through POI's streaming SXSSF (a window of
 * rows in memory), csv as UTF-8 with BOM and CRLF. Every text cell passes {@link
 * cn.jinghai.crm.reports.application.SafeText}, so a value can never be read as a formula; numbers are numeric
 * cells. The writers are plain classes, tested without Spring; {@link cn.jinghai.crm.reports.application.LeadListExport}
 * and {@link cn.jinghai.crm.reports.application.MonthlyReport} are the two exports (read, write, audit) that both
 * the HTTP API and the web UI offer.
 */
package cn.jinghai.crm.reports.application;
