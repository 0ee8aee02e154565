/**
 * Value types and conventions shared by every feature: exact CNY amounts, credit codes, the actor
 * behind each command, the business time zone, and the refusal type with its stable error codes.
 */
package cn.jinghai.crm.common.api;
