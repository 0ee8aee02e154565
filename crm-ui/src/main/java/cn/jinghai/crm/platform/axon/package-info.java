/** Axon's wiring: serializers, the actor stamped on every command and query, aggregates and event processors. */
package cn.jinghai.crm.platform.axon;
