/** Funding tranches: reported by a lead's unit, decided by the district office; one service for the API and the screens. */
package cn.jinghai.crm.funding.application;
