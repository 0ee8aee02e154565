/** Ambassadors' rewards as messages: the approval leadership gives and the office records, and the cap. */
package cn.jinghai.crm.ambassador.api;
