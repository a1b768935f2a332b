package org.svyaz.journal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableRecord;
import org.postgresql.PGConnection;

/**
 * Inserts many rows of one table at once, for imports, the generator and the journal. PostgreSQL
 * takes a hundred rows or more by COPY, its bulk path; otherwise rows go as multi-row INSERT
 * statements as large as both databases take. Either is much faster than a JDBC batch of
 * single-row statements, which PostgreSQL's driver sends one by one.
 */
public final class BulkInsert {

    private static final int MAX_BIND_VALUES = 30_000;
    /** Below this many rows a COPY costs more than it saves. */
    private static final int COPY_FROM = 100;

    private BulkInsert() {
    }

    public static <R extends TableRecord<R>> void insert(DSLContext dsl, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (dsl.dialect().family() == SQLDialect.POSTGRES && rows.size() >= COPY_FROM) {
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

    private static <R extends TableRecord<R>> void copy(DSLContext dsl, List<R> rows) {
        Field<?>[] fields = rows.get(0).fields();
        String columns = Arrays.stream(fields).map(field -> "\"" + field.getName() + "\"").collect(Collectors.joining(", "));
        String table = rows.get(0).getTable().getName();
        String statement = "COPY \"" + table + "\" (" + columns + ") FROM STDIN (FORMAT csv)";
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        for (R row : rows) {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendValue(csv, row.get(i));
            }
            csv.append('\n');
        }
        dsl.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** A value in CSV: null is nothing, anything else quoted, so that an empty string stays empty, not null. */
    private static void appendValue(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Boolean flag ? (flag ? "t" : "f") : value.toString();
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
