/**
 * Relocation-list imports: checking an upload (size, signature, zip limits), reading xlsx and csv
 * (UTF-8 or GBK/GB18030) into rows, matching flexible headers, validating and normalising each row,
 * matching it against existing leads, and recording every row exactly once with the lead it creates.
 * The reading and checking classes are plain Java, tested without Spring; {@link
 * cn.jinghai.crm.relocation.application.RelocationImporter} runs the import on the command side.
 */
package cn.jinghai.crm.relocation.application;
