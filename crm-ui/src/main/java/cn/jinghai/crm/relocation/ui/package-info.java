/**
 * The relocation-list import screen (issue 6): pick the unit, upload an xlsx or csv, watch the rows
 * being recorded, then read and download every row's outcome, through the same importer as the HTTP
 * API, so the checks, limits and audit are the same.
 */
package cn.jinghai.crm.relocation.ui;
