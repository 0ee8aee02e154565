/** Users, passwords, lock-out, HTTP Basic with a short-lived check cache, and the audit trail of logins and refusals. */
package cn.jinghai.crm.platform.security;
