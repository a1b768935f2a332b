package org.svyaz.journal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts many rows of one table at once, for imports, the generator and the journal. PostgreSQL
 * takes a hundred rows or more by COPY, its bulk path, and fewer as multi-row INSERT statements
 * (much faster there than a JDBC batch of single-row statements, which its driver sends one by
 * one). H2 runs in the JVM, so a JDBC batch of one prepared statement costs it no round trips,
 * and spares rendering and parsing statements of thousands of values.
 */
public final class BulkInsert {

    private static final int MAX_BIND_VALUES = 30_000;
    /** Rows per JDBC batch, so that a large insert's bind values are not all held at once. */
    private static final int BATCH_ROWS = 1000;
    /** Characters of CSV rendered before they are sent, so that the database starts on them. */
    private static final int COPY_CHUNK = 64 * 1024;
    /** Below this many rows a COPY costs more than it saves. */
    private static final int COPY_FROM = 100;

    private BulkInsert() {
    }

    public static <R extends TableRecord<R>> void insert(DSLContext dsl, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            jdbcBatch(dsl, rows);
        } else if (rows.size() >= COPY_FROM) {
            copy(dsl, rows);
        } else {
            multiRowInsert(dsl, rows);
        }
    }

    private static <R extends TableRecord<R>> void multiRowInsert(DSLContext dsl, List<R> rows) {
        int perStatement = Math.max(1, MAX_BIND_VALUES / rows.get(0).size());
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<R> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            dsl.insertInto(chunk.get(0).getTable()).columns(chunk.get(0).fields())
                    .valuesOfRecords(chunk.stream().map(row -> (Record) row).toList())
                    .execute();
        }
    }

    private static <R extends TableRecord<R>> void jdbcBatch(DSLContext dsl, List<R> rows) {
        Field<?>[] fields = rows.get(0).fields();
        Query insert = dsl.insertInto(rows.get(0).getTable()).columns(fields).values(new Object[fields.length]);
        for (int from = 0; from < rows.size(); from += BATCH_ROWS) {
            BatchBindStep batch = dsl.batch(insert);
            for (R row : rows.subList(from, Math.min(rows.size(), from + BATCH_ROWS))) {
                Object[] values = new Object[fields.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(i);
                }
                batch.bind(values);
            }
            batch.execute();
        }
    }

    /**
     * Sends the rows as CSV a chunk at a time while rendering the rest, so that PostgreSQL writes
     * the first rows (and their index entries) while Svyaz still renders the last ones.
     */
    private static <R extends TableRecord<R>> void copy(DSLContext dsl, List<R> rows) {
        Field<?>[] fields = rows.get(0).fields();
        String columns = Arrays.stream(fields).map(field -> "\"" + field.getName() + "\"").collect(Collectors.joining(", "));
        String table = rows.get(0).getTable().getName();
        String statement = "COPY \"" + table + "\" (" + columns + ") FROM STDIN (FORMAT csv)";
        dsl.connection(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
            try {
                StringBuilder csv = new StringBuilder(COPY_CHUNK + 4096);
                for (R row : rows) {
                    for (int i = 0; i < fields.length; i++) {
                        if (i > 0) {
                            csv.append(',');
                        }
                        appendValue(csv, row.get(i));
                    }
                    csv.append('\n');
                    if (csv.length() >= COPY_CHUNK) {
                        send(copy, csv);
                    }
                }
                send(copy, csv);
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    private static void send(CopyIn copy, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    /** A value in CSV: null is nothing, anything else quoted, so that an empty string stays empty, not null. */
    private static void appendValue(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Boolean flag ? (flag ? "t" : "f") : value.toString();
        csv.append('"');
        // most values have no quote to double: no copy of them then
        csv.append(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\""));
        csv.append('"');
    }
}
