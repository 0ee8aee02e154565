/**
 * The public messages of Beijing relocation-list imports (北京非首都功能疏解清单): a list is one imported
 * file for one unit, and each of its rows is recorded once, as a new lead, a link to an existing lead
 * or a rejection with its reason. Records only; no behaviour.
 */
package cn.jinghai.crm.relocation.api;
