/** The funding endpoints: tranches reported by a lead's unit and decided by the district office, and the verification queue. */
package cn.jinghai.crm.funding.web;
