/** The HTTP error contract: exceptions to error bodies, strict JSON, the caller's language. */
package cn.jinghai.crm.platform.web;
