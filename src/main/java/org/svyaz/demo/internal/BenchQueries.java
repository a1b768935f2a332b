package org.svyaz.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Plain SQL the benchmarks read their data's size and samples with, apart from the code they measure. */
final class BenchQueries {

    private BenchQueries() {
    }

    /** The first column of the first row as a number, e.g. a count. */
    static long single(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row as ids. */
    static List<UUID> ids(DataSource dataSource, String sql, Object... parameters) {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ids.add(row.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /**
     * On PostgreSQL, runs each statement outside a transaction (as {@code vacuum} must be): what
     * autovacuum and the checkpointer do on a production server, which this one runs without.
     * H2 keeps its own statistics and needs none of it.
     */
    static void maintainPostgres(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                connection.setAutoCommit(true);
                for (String statement : statements) {
                    connection.createStatement().execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
