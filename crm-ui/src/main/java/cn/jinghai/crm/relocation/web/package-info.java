/**
 * Relocation-list imports over HTTP (API.md, "Relocation-list imports"): the multipart upload with
 * its row-by-row report, the template download, and the recorded lists (which companies were on
 * which list, as of any instant).
 */
package cn.jinghai.crm.relocation.web;
