/** The ambassador-rewards aggregate: approvals recorded per ambassador, within the yearly cap. */
package cn.jinghai.crm.ambassador;
