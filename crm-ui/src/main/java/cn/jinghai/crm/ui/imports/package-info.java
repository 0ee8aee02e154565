/**
 * The relocation-list import screen (issue 6): pick the unit, upload an xlsx or csv, watch the
 * rows being recorded, then read and download every row's outcome. Also the export controls other
 * screens embed: the lead list as xlsx/csv with its filters on screen, and the monthly report for
 * the city. Everything goes through the same importer and writers as the HTTP API
 * ({@code cn.jinghai.crm.imports}, {@code cn.jinghai.crm.exports}), so the checks, limits and
 * audit are the same.
 */
package cn.jinghai.crm.ui.imports;
