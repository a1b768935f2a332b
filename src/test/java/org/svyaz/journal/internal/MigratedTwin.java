package org.svyaz.journal.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.svyaz.TestDatabase;
import org.svyaz.schema.DefaultSchema;

/**
 * A database of its own for tests of two databases, migrated once: each {@link #fresh()} empties
 * every table and writes back the rows the migrations wrote (built-in statuses, types, their
 * journal entries), so that it starts as a freshly migrated database does, without running a
 * hundred migrations again. The database id is not among those rows: each use mints a new one.
 */
final class MigratedTwin {

    private final String name;
    private final DataSource dataSource;
    private final DSLContext dsl;
    /** Every table's rows as the migrations left them, referenced tables before those that refer to them. */
    private final Map<Table<?>, List<TableRecord<?>>> seeded = new LinkedHashMap<>();

    private MigratedTwin(String name, List<JavaMigration> javaMigrations) {
        this.name = name;
        this.dataSource = oneConnection(TestDatabase.another(name, javaMigrations));
        this.dsl = DSL.using(dataSource, TestDatabase.onPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2);
        for (Table<?> table : referencedFirst()) {
            seeded.put(table, dsl.selectFrom(table).fetch().stream().<TableRecord<?>>map(row -> (TableRecord<?>) row).toList());
        }
    }

    /** The tests use a twin from one thread: one connection, kept open, spares a new one for every statement and transaction. */
    private static SingleConnectionDataSource oneConnection(DataSource dataSource) {
        try {
            return new SingleConnectionDataSource(dataSource.getConnection(), true);
        } catch (SQLException e) {
            throw new IllegalStateException("The twin database cannot be reached: " + e.getMessage(), e);
        }
    }

    static MigratedTwin migrate(String name, List<JavaMigration> javaMigrations) {
        return new MigratedTwin(name, javaMigrations);
    }

    /** The database, emptied and given back the rows its migrations wrote. */
    DataSource fresh() {
        dsl.transaction(configuration -> {
            DSLContext transaction = configuration.dsl();
            List<Table<?>> tables = new ArrayList<>(seeded.keySet());
            for (int i = tables.size() - 1; i >= 0; i--) {
                transaction.deleteFrom(tables.get(i)).execute();
            }
            seeded.forEach((table, rows) -> {
                if (!rows.isEmpty()) {
                    rows.forEach(row -> row.changed(true));
                    transaction.batchInsert(rows).execute();
                }
            });
        });
        return dataSource;
    }

    /** On PostgreSQL the twin is a schema of the test database: it goes when the tests are done. */
    void drop() {
        if (TestDatabase.onPostgres()) {
            dsl.execute("drop schema if exists " + name + " cascade");
        }
        ((SingleConnectionDataSource) dataSource).destroy();
    }

    /** The schema's tables, each after the tables its foreign keys point to. */
    private static List<Table<?>> referencedFirst() {
        List<Table<?>> ordered = new ArrayList<>();
        Set<Table<?>> placed = new HashSet<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().forEach(table -> place(table, ordered, placed));
        return ordered;
    }

    private static void place(Table<?> table, List<Table<?>> ordered, Set<Table<?>> placed) {
        if (!placed.add(table)) {
            return;
        }
        table.getReferences().forEach(key -> place(key.getKey().getTable(), ordered, placed));
        ordered.add(table);
    }
}
