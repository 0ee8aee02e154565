/**
 * Target progress and the unit ranking (DOMAIN.md, "The yearly targets"), now and as of any past
 * instant, folded from a ledger of figure-changing records.
 */
package cn.jinghai.crm.figures.readmodel;
