/** Reference data as the screens pick from it (units, industry chains), read through the same queries as the API. */
package cn.jinghai.crm.unit.application;
