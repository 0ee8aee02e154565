/**
 * The recorded relocation lists: every imported list (file, unit, who, when, tally) and every row
 * recorded for it, to answer "was this company on a relocation list on date X, and on which".
 */
package cn.jinghai.crm.relocation.readmodel;
