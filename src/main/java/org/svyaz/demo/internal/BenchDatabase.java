package org.svyaz.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The database a benchmark runs on, named in its output: product and version. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static String describe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
