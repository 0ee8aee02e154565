/** Idempotency-Key support for create requests, recorded beside the events in one transaction. */
package cn.jinghai.crm.platform.idempotency;
