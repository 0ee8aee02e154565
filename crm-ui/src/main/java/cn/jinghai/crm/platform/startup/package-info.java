/** What every store gets on its first start, created before the application accepts requests. */
package cn.jinghai.crm.platform.startup;
