/**
 * Writing spreadsheets people open in Excel and WPS: xlsx through POI's streaming SXSSF (a window of
 * rows in memory), csv as UTF-8 with BOM and CRLF. Every text cell passes {@link
 * cn.jinghai.crm.exports.SafeText}, so a value can never be read as a formula; numbers are numeric
 * cells. Plain classes, tested without Spring.
 */
package cn.jinghai.crm.exports;
