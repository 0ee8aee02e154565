/** The event store: Axon's JDBC engine on SQLite (embedded default) or PostgreSQL, its data source and the SQLite adaptations. */
package cn.jinghai.crm.platform.eventstore;
