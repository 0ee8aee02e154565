/**
 * Relocation-list imports (DOMAIN.md, "Beijing relocation lists"): the {@code RelocationList}
 * aggregate records each imported file once per unit and its completion; each row is a
 * {@code RelocationRow} aggregate of its own, recorded once, in the same transaction as the lead it
 * creates, so an interrupted import resumes without doing any row twice.
 */
package cn.jinghai.crm.relocation;
