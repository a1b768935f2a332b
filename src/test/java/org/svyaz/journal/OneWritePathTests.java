package org.svyaz.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.Batch;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.TableRecord;
import org.junit.jupiter.api.Test;
import org.svyaz.journal.internal.JournalEscapeListener;

/**
 * The journal's one write path (design/journal.md), the static half: records users see are
 * written only through {@link JournaledWrites}, so that no change escapes the journal. A write is
 * any statement executed: a jOOQ query, batch or raw SQL, a record stored, a bulk insert, or a
 * JDBC statement. Modules build the statements for the rows they keep beside their records and
 * hand them to the journal, which executes them. The run-time half,
 * {@link JournalEscapeListener}, fails any statement of a journaled table issued outside the
 * journal in every test, by table; it also checks that the classes named here write only the
 * tables they are named for.
 */
class OneWritePathTests {

    /**
     * The classes that execute statements themselves, with what they write: tables that are not
     * journaled by design, or only the derived part of a journaled one. Content-addressed file
     * bytes; each user's tags, lookup snapshots and chosen list columns (one user's working state
     * and preferences, not records); which reminders went out by e-mail (the mailer's state); the
     * users' calendar feed tokens (a secret of one server, never synchronized); security events
     * and when API tokens were last used (one server's record and passing state); rule
     * membership and the members' sort keys (derived from the journaled rule, contacts and
     * exclusions by every database); DDL of the deferred indexes (no rows); the benchmark's own
     * set-up of a database made for measuring.
     */
    private static final Map<String, String> WRITERS_OF_TABLES_NOT_JOURNALED = Map.ofEntries(
            Map.entry("org.svyaz.documents.internal.DocumentContents", "document_chunk"),
            Map.entry("org.svyaz.lookups.internal.JooqTags", "contact_tag"),
            Map.entry("org.svyaz.lookups.internal.JooqSnapshots", "lookup_snapshot, lookup_snapshot_contact"),
            Map.entry("org.svyaz.lookups.internal.JooqListColumns", "contact_list_columns"),
            Map.entry("org.svyaz.activities.internal.JooqReminderMails", "reminder_mail"),
            Map.entry("org.svyaz.calendar.internal.JooqFeedTokens", "calendar_feed"),
            Map.entry("org.svyaz.users.internal.SecurityEvents", "security_event"),
            Map.entry("org.svyaz.users.internal.ApiTokenUses", "api_token_use"),
            Map.entry("org.svyaz.groups.internal.JooqGroupMembers", "group_member (by_rule, sort keys)"),
            Map.entry("org.svyaz.shell.internal.DeferredIndexes", "indexes (DDL)"),
            Map.entry("org.svyaz.demo.internal.BenchQueries", "statistics (VACUUM, ANALYZE)"),
            Map.entry("org.svyaz.demo.internal.LookupBenchmark", "contact_tag, group_member (rule members of its own groups)"));

    private static final Set<String> DSL_WRITES = Set.of("execute", "executeInsert", "executeUpdate", "executeDelete",
            "batchInsert", "batchUpdate", "batchDelete", "batchStore", "batchMerge", "loadInto");
    private static final Set<String> QUERY_WRITES = Set.of("execute", "executeAsync");
    private static final Set<String> RECORD_WRITES = Set.of("store", "insert", "update", "delete", "merge");
    private static final Set<String> JDBC_WRITES = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.svyaz");

    @Test
    void onlyTheJournalWritesRecords() {
        assertThat(MAIN_CLASSES.contain("org.svyaz.contacts.internal.JooqContacts")).as("the main classes are imported").isTrue();
        writesOutsideTheJournal().check(MAIN_CLASSES);
    }

    @Test
    void noClassThatWritesAJournaledTableIsExempt() {
        assertThat(WRITERS_OF_TABLES_NOT_JOURNALED.keySet())
                .as("the journaling component's side tables are written only through it")
                .noneMatch(name -> name.endsWith("JooqCustomValues") || name.endsWith("JooqGrants") || name.endsWith("JooqTeams")
                        || name.endsWith("JooqActivityContacts"));
        assertThat(WRITERS_OF_TABLES_NOT_JOURNALED.keySet()).allMatch(MAIN_CLASSES::contain);
    }

    /** The rule sees what executes statements, not what builds them: modules build their side rows' statements for the journal. */
    @Test
    void theRuleSeesRawSqlBatchesAndJdbc() {
        JavaClasses escapes = new ClassFileImporter().importClasses(Escapes.class);
        assertThat(noClasses().should().callMethodWhere(aWrite()).evaluate(escapes).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Escapes.rawSql"))
                .anyMatch(line -> line.contains("Escapes.query"))
                .anyMatch(line -> line.contains("Escapes.batch"))
                .anyMatch(line -> line.contains("Escapes.jdbc"))
                .anyMatch(line -> line.contains("Escapes.record"));
    }

    static ArchRule writesOutsideTheJournal() {
        return noClasses()
                .that().resideInAPackage("org.svyaz..")
                .and().resideOutsideOfPackage("org.svyaz.journal..")
                .and(DescribedPredicate.not(oneOf(WRITERS_OF_TABLES_NOT_JOURNALED.keySet())))
                .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(JavaMigration.class)))
                // the modules' halves of the journal's apply path, which it alone calls, in its scope
                .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(org.svyaz.journal.SideValues.class)))
                .should().callMethodWhere(aWrite())
                .because("every write of a record users see goes through JournaledWrites, which journals it (design/journal.md)");
    }

    private static DescribedPredicate<JavaMethodCall> aWrite() {
        return DescribedPredicate.describe("a write (DSLContext." + DSL_WRITES + ", Query." + QUERY_WRITES + ", Batch.execute, "
                        + "TableRecord." + RECORD_WRITES + ", BulkInsert.insert or JDBC Statement." + JDBC_WRITES + ")",
                call -> {
                    JavaClass owner = call.getTargetOwner();
                    String method = call.getName();
                    return owner.isAssignableTo(DSLContext.class) && DSL_WRITES.contains(method)
                            || owner.isAssignableTo(Query.class) && QUERY_WRITES.contains(method)
                            || owner.isAssignableTo(Batch.class) && method.equals("execute")
                            || owner.isAssignableTo(TableRecord.class) && RECORD_WRITES.contains(method)
                            || owner.isAssignableTo(BulkInsert.class) && method.equals("insert")
                            || owner.isAssignableTo(Statement.class) && JDBC_WRITES.contains(method);
                });
    }

    /** The named classes, with their nested and anonymous classes and lambdas. */
    private static DescribedPredicate<JavaClass> oneOf(Set<String> names) {
        return DescribedPredicate.describe("one of " + names, javaClass -> names.stream()
                .anyMatch(name -> javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$")));
    }

    /** Writes the rule must see (never run). */
    @SuppressWarnings("unused")
    static class Escapes {

        void rawSql(DSLContext dsl) {
            dsl.execute("update contact set company = 'x'");
        }

        void query(DSLContext dsl) {
            dsl.query("update contact set company = 'x'").execute();
        }

        void batch(DSLContext dsl) {
            dsl.batch("delete from contact").execute();
        }

        void jdbc(java.sql.Connection connection) throws java.sql.SQLException {
            connection.createStatement().executeUpdate("delete from contact");
        }

        void record(org.svyaz.schema.tables.records.CustomValueRecord row) {
            row.insert();
        }
    }
}
