/** The unit endpoints: list units, create or update one. */
package cn.jinghai.crm.unit.web;
