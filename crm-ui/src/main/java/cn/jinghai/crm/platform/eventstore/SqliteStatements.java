package cn.jinghai.crm.platform.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.PreparedStatement;

/**
 * Axon's aggregate queries ({@code min()}, {@code max()}) return one row holding NULL on an empty
 * range, and sqlite-jdbc throws "Bad value for type Long" when Axon reads that NULL as a Long: on
 * every poll of a caught-up processor, and on every new aggregate. These variants return no row
 * instead, which Axon reads as "none".
 */
final class SqliteStatements {

    private SqliteStatements() {
    }

    static void adapt(JdbcEventStorageEngine.Builder builder, EventSchema schema) {
        String table = schema.domainEventTable();
        String index = schema.globalIndexColumn();
        builder.createTailToken((connection, s) -> connection.prepareStatement(
                        nonNull("SELECT min(" + index + ") - 1 AS v FROM " + table)))
                .createHeadToken((connection, s) -> connection.prepareStatement(
                        nonNull("SELECT max(" + index + ") AS v FROM " + table)))
                .createTokenAt((connection, s, dateTime) -> {
                    PreparedStatement statement = connection.prepareStatement(nonNull(
                            "SELECT min(" + index + ") - 1 AS v FROM " + table
                                    + " WHERE " + schema.timestampColumn() + " >= ?"));
                    statement.setString(1, DateTimeUtils.formatInstant(dateTime));
                    return statement;
                })
                .lastSequenceNumberFor((connection, s, aggregateIdentifier) -> {
                    PreparedStatement statement = connection.prepareStatement(nonNull(
                            "SELECT max(" + schema.sequenceNumberColumn() + ") AS v FROM " + table
                                    + " WHERE " + schema.aggregateIdentifierColumn() + " = ?"));
                    statement.setString(1, aggregateIdentifier);
                    return statement;
                })
                .fetchTrackedEvents((connection, s, lastIndex) -> {
                    PreparedStatement statement = connection.prepareStatement(nonNull(
                            "SELECT min(" + index + ") AS v FROM " + table + " WHERE " + index + " > ?"));
                    statement.setLong(1, lastIndex);
                    return statement;
                });
    }

    private static String nonNull(String aggregateQuery) {
        return "SELECT v FROM (" + aggregateQuery + ") WHERE v IS NOT NULL";
    }
}
