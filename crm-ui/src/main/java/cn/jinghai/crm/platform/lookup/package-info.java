/** Command-side lookups of reference data in the event-store database, and the reference data every store starts with. */
package cn.jinghai.crm.platform.lookup;
