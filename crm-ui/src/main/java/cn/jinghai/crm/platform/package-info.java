/**
 * The platform under every feature: where events and read models live, Axon's wiring, security,
 * and the HTTP error contract. Features never reach into these packages' internals.
 */
package cn.jinghai.crm.platform;
