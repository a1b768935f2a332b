package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.JOURNAL_COMMIT;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.SideValues;
import org.svyaz.schema.DefaultSchema;

/**
 * {@code journal check}: replays the whole journal into a scratch schema, made by the same
 * migrations, and compares every journaled table with its replay, row by row and field by field
 * (derived columns recomputed by the replay, secrets left out, since the journal never holds
 * them). The journal and the tables are read in one snapshot, so the server may keep running.
 */
@Component
class JournalCheck {

    static final String SCRATCH = "journal_check";
    private static final int FETCH_SIZE = 5000;

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final EntryBatch batch;
    private final EntityRegistry registry;
    private final List<JavaMigration> javaMigrations;
    private final TransactionTemplate snapshot;

    JournalCheck(DataSource dataSource, DSLContext dsl, EntryBatch batch, EntityRegistry registry, List<JavaMigration> javaMigrations,
            PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.batch = batch;
        this.registry = registry;
        this.javaMigrations = javaMigrations;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** The outcome: how many entries were replayed and rows compared, and the first difference, or null. */
    record Outcome(long entries, long rows, String difference) {
    }

    Outcome run() {
        boolean postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        String scratchSchema = SCRATCH;
        dsl.execute("drop schema if exists " + scratchSchema + " cascade");
        dsl.execute("create schema " + scratchSchema);
        Flyway.configure().dataSource(dataSource).schemas(scratchSchema).defaultSchema(scratchSchema).createSchemas(false)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres ? "postgresql" : "h2"))
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .load().migrate();
        dropSearchIndexes(scratchSchema, postgres);
        try (Connection connection = dataSource.getConnection()) {
            DSLContext scratch = DSL.using(connection, dsl.dialect());
            try {
                connection.setAutoCommit(false);
                scratch.execute(postgres ? "set search_path to " + scratchSchema : "set schema " + scratchSchema);
                return snapshot.execute(status -> {
                    long entries = replay(scratch, postgres);
                    commit(connection);
                    return compare(scratch, entries);
                });
            } finally {
                // the connection goes back to the pool: as it came, in the database's own schema
                connection.rollback();
                scratch.execute(postgres ? "set search_path to default" : "set schema public");
                connection.setAutoCommit(true);
                dsl.execute("drop schema " + scratchSchema + " cascade");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The scratch schema could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The replay reads records by id and by the records they belong to, never by what users search
     * and sort on: the scratch schema goes without those indexes, which would cost more to keep
     * than the whole replay.
     */
    private void dropSearchIndexes(String schema, boolean postgres) {
        var searchIndexes = postgres
                ? dsl.resultQuery("select i.indexname from pg_indexes i join pg_class c on c.relname = i.indexname "
                        + "join pg_namespace n on n.oid = c.relnamespace and n.nspname = i.schemaname "
                        + "join pg_index x on x.indexrelid = c.oid "
                        + "where i.schemaname = {0} and not x.indisunique and i.indexdef !~ {1}",
                        DSL.val(schema), DSL.val("USING btree \\(\\w*id[,)]"))
                // H2 keeps the indexes of constraints as indexes too: those stay
                : dsl.resultQuery("select i.index_name from information_schema.indexes i "
                        + "where upper(i.index_schema) = upper({0}) and i.index_type_name = 'INDEX' "
                        + "and not exists (select 1 from information_schema.table_constraints c "
                        + "where c.index_schema = i.index_schema and c.index_name = i.index_name) "
                        + "and not exists (select 1 from information_schema.index_columns c where c.index_schema = i.index_schema "
                        + "and c.index_name = i.index_name and c.ordinal_position = 1 and upper(c.column_name) like '%ID')",
                        DSL.val(schema));
        searchIndexes.fetch(0, String.class).forEach(index -> dsl.execute("drop index " + schema + ".\"" + index + "\""));
    }

    /**
     * Fresh tables look empty to PostgreSQL's planner until they are analyzed, and it then reads
     * a record by id along any index that holds the id, in full: the scratch tables are analyzed
     * each time the replay has grown fourfold. (H2 finds a record by its key whatever it knows of
     * the table, and analyzing every table took an eighth of its replay.)
     */
    private static void analyzeScratch(DSLContext scratch) {
        scratch.resultQuery("select tablename from pg_tables where schemaname = {0}", DSL.val(SCRATCH)).fetch(0, String.class)
                .forEach(table -> scratch.execute("analyze " + SCRATCH + ".\"" + table + "\""));
    }

    /**
     * Entities whose deleted records the replay never makes (a series run undone leaves hundreds of
     * thousands): their deletions are applied, and take with them what other records keep of
     * them, but nothing else of them. Not those whose names are unique (a deleted record's name
     * gave another one a placeholder), nor those that other tables' keys point to.
     */
    private List<String> leftOutWhenDeleted() {
        Set<Table<?>> referenced = new HashSet<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            table.getReferences().forEach(key -> referenced.add(key.getKey().getTable()));
        }
        return registry.entities().stream()
                .filter(entity -> entity.uniqueName() == null && !referenced.contains(entity.table()))
                .map(JournaledEntity::name).toList();
    }

    /** Applies every entry that took effect, in the order of their commits, to the scratch schema. */
    private long replay(DSLContext scratch, boolean postgres) {
        long entries = 0;
        long nextAnalysis = FETCH_SIZE;
        List<EntryApplier.Change> changes = new ArrayList<>(FETCH_SIZE);
        try (Cursor<Record> cursor = dsl.select(JOURNAL_ENTRY.fields()).from(JOURNAL_ENTRY)
                .join(JOURNAL_COMMIT).on(JournalPositions.entriesOf(JOURNAL_COMMIT.TXN, JOURNAL_COMMIT.LAST_SEQ))
                .where(JOURNAL_ENTRY.LOST.isFalse())
                .andNot(JOURNAL_ENTRY.OP.ne(JournalOperation.DELETE.name()).and(JOURNAL_ENTRY.ENTITY.in(leftOutWhenDeleted()))
                        .and(JournalCompaction.ofDeletedRecord()))
                .orderBy(JOURNAL_COMMIT.POSITION, JOURNAL_ENTRY.SEQ)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record row : cursor) {
                var entry = row.into(JOURNAL_ENTRY);
                changes.add(new EntryApplier.Change(entry.getEntity(), entry.getRecordId(), entry.getField(),
                        JournalOperation.valueOf(entry.getOp()), JournalValues.read(entry.getFieldValue()), entry.getHlc(),
                        entry.getUserId()));
                entries++;
                if (changes.size() == FETCH_SIZE) {
                    batch.applyAll(scratch, changes);
                    changes.clear();
                    if (postgres && entries >= nextAnalysis) {
                        analyzeScratch(scratch);
                        nextAnalysis *= 4;
                    }
                }
            }
        }
        batch.applyAll(scratch, changes);
        return entries;
    }

    private Outcome compare(DSLContext scratch, long entries) {
        Comparison comparison = compare(registry, dsl, "the database", scratch, "the replay of the journal");
        return new Outcome(entries, comparison.rows(), comparison.difference());
    }

    /** How many rows two databases held alike, and their first difference, or null. */
    record Comparison(long rows, String difference) {
    }

    /**
     * Compares two databases over every journaled table and every value modules keep beside
     * records, and names the first difference, calling each database by its name: a database and
     * its replay, or two databases that exchanged their journals.
     */
    static Comparison compare(EntityRegistry registry, DSLContext left, String leftName, DSLContext right, String rightName) {
        long rows = 0;
        for (JournaledEntity entity : registry.entities()) {
            List<Field<?>> columns = entity.comparedColumns().stream()
                    .filter(column -> !entity.isSecret(JournaledEntity.fieldName(column))).toList();
            Table<?> table = entity.table();
            Field<?> id = table.field("id");
            Comparison comparison = compare(entity.name(), left.select(columns).from(table).orderBy(id), leftName,
                    right.select(columns).from(table).orderBy(id), rightName);
            rows += comparison.rows();
            if (comparison.difference() != null) {
                return new Comparison(rows, comparison.difference());
            }
        }
        for (SideValues values : registry.sideValues()) {
            List<Select<?>> inLeft = values.contents(left);
            List<Select<?>> inRight = values.contents(right);
            for (int i = 0; i < inLeft.size(); i++) {
                Comparison comparison = compare(values.getClass().getSimpleName(), inLeft.get(i), leftName, inRight.get(i), rightName);
                rows += comparison.rows();
                if (comparison.difference() != null) {
                    return new Comparison(rows, comparison.difference());
                }
            }
        }
        return new Comparison(rows, null);
    }

    /** Walks two answers of the same query side by side and names the first field that differs. */
    private static Comparison compare(String what, Select<?> left, String leftName, Select<?> right, String rightName) {
        long rows = 0;
        try (Cursor<? extends Record> leftRows = left.fetchSize(FETCH_SIZE).fetchLazy();
                Cursor<? extends Record> rightRows = right.fetchSize(FETCH_SIZE).fetchLazy()) {
            Iterator<? extends Record> others = rightRows.iterator();
            for (Record row : leftRows) {
                if (!others.hasNext()) {
                    return new Comparison(rows, what + " " + describe(row) + " is in " + leftName + " but not in " + rightName);
                }
                Record other = others.next();
                for (int i = 0; i < row.size(); i++) {
                    if (!same(row.get(i), other.get(i))) {
                        return new Comparison(rows, what + " " + describe(row) + ": " + JournaledEntity.fieldName(row.field(i)) + " is "
                                + show(row.get(i)) + " in " + leftName + ", " + show(other.get(i)) + " in " + rightName
                                + (Objects.equals(row.get(0), other.get(0)) ? "" : " (whose next row is " + describe(other) + ")"));
                    }
                }
                rows++;
            }
            if (others.hasNext()) {
                return new Comparison(rows, what + " " + describe(others.next()) + " is in " + rightName + " but not in " + leftName);
            }
        }
        return new Comparison(rows, null);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.toInstant().equals(y.toInstant());
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String describe(Record row) {
        Object first = row.get(0);
        return first instanceof UUID ? first.toString() : row.intoList().toString();
    }

    private static String show(Object value) {
        return value == null ? "empty" : "'" + value + "'";
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The replay could not be committed: " + e.getMessage(), e);
        }
    }
}
