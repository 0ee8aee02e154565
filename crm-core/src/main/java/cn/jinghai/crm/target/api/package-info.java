/** A year's targets and the units' quotas, as commands and events. */
package cn.jinghai.crm.target.api;
