/** The industry-chain aggregate: reference data added or renamed by the district office. */
package cn.jinghai.crm.chain;
