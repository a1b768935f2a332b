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
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;
import org.junit.jupiter.api.Test;

/**
 * The journal's one write path (design/journal.md): records users see are written only through
 * {@link JournaledWrites}, so that no change escapes the journal. Outside the journal, only the
 * classes that write tables which are not journaled records by design may write with jOOQ.
 */
class OneWritePathTests {

    /**
     * Tables that hold no records of their own: content-addressed file bytes, values the journal
     * records via setField, each user's tags, fixed lookups (Lookup Tagged, Omit Tagged) and
     * chosen list columns (working state and preferences of one user, not records), group membership
     * (hand membership journaled as links of the group, rule membership derived from journaled rules
     * and contacts), an activity's contacts (journaled with the activity: its CREATE, then links),
     * which reminders went out by e-mail (the mailer's state), the users' calendar feed tokens
     * (a secret credential of one server, which must not be synchronized to others), the security
     * events (log-ins and lockouts: one server's record of who knocked) and when API tokens were
     * last used (one server's passing state), the grants of limited records (journaled as their
     * accessTeams and accessUsers fields) and team membership (journaled as links of the team).
     */
    private static final Set<String> NOT_JOURNALED_RECORDS = Set.of(
            "org.svyaz.documents.internal.DocumentContents",
            "org.svyaz.customfields.internal.JooqCustomValues",
            "org.svyaz.lookups.internal.JooqTags",
            "org.svyaz.lookups.internal.JooqSnapshots",
            "org.svyaz.lookups.internal.JooqListColumns",
            "org.svyaz.groups.internal.JooqGroupMembers",
            "org.svyaz.access.internal.JooqGrants",
            "org.svyaz.access.internal.JooqTeams",
            "org.svyaz.activities.internal.JooqActivityContacts",
            "org.svyaz.activities.internal.JooqReminderMails",
            "org.svyaz.calendar.internal.JooqFeedTokens",
            "org.svyaz.users.internal.SecurityEvents",
            "org.svyaz.users.internal.ApiTokenUses");

    private static final Set<String> DSL_WRITES = Set.of("insertInto", "update", "deleteFrom", "batchInsert", "batchUpdate",
            "batchDelete", "executeInsert", "executeUpdate", "executeDelete");
    private static final Set<String> RECORD_WRITES = Set.of("store", "insert", "update", "delete");

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.svyaz");

    @Test
    void onlyTheJournalWritesRecordsWithJooq() {
        assertThat(MAIN_CLASSES.contain("org.svyaz.contacts.internal.JooqContacts")).as("the main classes are imported").isTrue();
        writesOutsideTheJournal().check(MAIN_CLASSES);
    }

    static ArchRule writesOutsideTheJournal() {
        return noClasses()
                .that().resideInAPackage("org.svyaz..")
                .and().resideOutsideOfPackage("org.svyaz.journal..")
                .and(DescribedPredicate.not(oneOf(NOT_JOURNALED_RECORDS)))
                .should().callMethodWhere(aJooqWrite())
                .because("every write of a record users see goes through JournaledWrites, which journals it (design/journal.md)");
    }

    private static DescribedPredicate<JavaMethodCall> aJooqWrite() {
        return DescribedPredicate.describe("a jOOQ write (DSLContext." + DSL_WRITES + ", UpdatableRecord." + RECORD_WRITES
                        + " or BulkInsert.insert)",
                call -> {
                    JavaClass owner = call.getTargetOwner();
                    String method = call.getName();
                    return owner.isAssignableTo(DSLContext.class) && DSL_WRITES.contains(method)
                            || owner.isAssignableTo(UpdatableRecord.class) && RECORD_WRITES.contains(method)
                            || owner.isAssignableTo(BulkInsert.class) && method.equals("insert");
                });
    }

    /** The named classes, with their nested and anonymous classes and lambdas. */
    private static DescribedPredicate<JavaClass> oneOf(Set<String> names) {
        return DescribedPredicate.describe("one of " + names, javaClass -> names.stream()
                .anyMatch(name -> javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$")));
    }
}
