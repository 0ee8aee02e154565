/** Error bodies of API.md with messages from the resource bundles, shared by the web layer and the security filters. */
package cn.jinghai.crm.platform.errors;
