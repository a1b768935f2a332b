package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.SvyazTests;
import org.svyaz.activities.Priority;
import org.svyaz.contacts.ContactStatus;
import org.svyaz.contacts.ContactStatuses;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.journal.ExchangedEntry;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalExchange;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.NameClash;
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * A definition arrives from another database under a name one here already has: the apply path
 * gives it a placeholder, the owning module merges or renames as {@link NameClash} decides, and
 * the journal still replays to the tables as they are.
 */
class NameClashApplyTests extends SvyazTests {

    /** Ids around the ones the test creates now (version 7: time first), so one sorts before and one after. */
    private static final UUID EARLIER = UUID.fromString("00000000-0000-7000-8000-0000000000e1");
    private static final UUID LATER = UUID.fromString("ffffffff-ffff-7fff-bfff-0000000000e2");
    private static final UUID LAPTOP = UUID.fromString("01890000-0000-7000-8000-00000000cafe");

    @Autowired
    JournalExchange exchange;

    @Autowired
    JournalCheck check;

    @Autowired
    Journal journal;

    @Autowired
    ContactStatuses statuses;

    @Autowired
    SeriesManagement series;

    @Autowired
    UserManagement users;

    @Autowired
    CustomFieldManagement customFields;

    @Autowired
    JournaledWrites writes;

    @Autowired
    TransactionTemplate transactions;

    /** The test data's reset leaves the administrator and the built-in records without entries: journal them as they are. */
    @BeforeEach
    void journalWhatTheResetLeft() {
        transactions.executeWithoutResult(status -> writes.journalExisting());
    }

    @Test
    void anEqualStatusArrivingWithASmallerIdAbsorbsTheLocalOneAndItsContacts() {
        ContactStatus local = as(data.admin(), () -> statuses.create("lead", "Lead", "Лид"));
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Vector", "status", "lead")).id();

        arrives(local.id(), EARLIER, fields -> { });

        assertThat(statuses.all()).filteredOn(status -> status.code().startsWith("lead")).singleElement()
                .satisfies(status -> assertThat(status.id()).isEqualTo(EARLIER))
                .satisfies(status -> assertThat(status.code()).isEqualTo("lead"));
        assertThat(admin().get("/api/v1/contacts/" + contact).json().get("status").asText()).isEqualTo("lead");
        assertThat(check.run().difference()).isNull();
    }

    @Test
    void anEqualStatusArrivingWithALargerIdIsAbsorbedByTheLocalOne() {
        ContactStatus local = as(data.admin(), () -> statuses.create("lead", "Lead", "Лид"));

        arrives(local.id(), LATER, fields -> { });

        assertThat(statuses.all()).filteredOn(status -> status.code().startsWith("lead")).singleElement()
                .satisfies(status -> assertThat(status.id()).isEqualTo(local.id()));
        assertThat(journal.entriesAbout(LATER, null, 1)).singleElement().extracting(JournalEntry::operation)
                .isEqualTo(JournalOperation.DELETE);
        assertThat(check.run().difference()).isNull();
    }

    @Test
    void aDifferentStatusOfTheSameCodeIsKeptAndTheOneWithTheLargerIdRenamed() {
        ContactStatus local = as(data.admin(), () -> statuses.create("lead", "Lead", "Лид"));
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Vector", "status", "lead")).id();

        arrives(local.id(), EARLIER, fields -> fields.put("nameEn", "Hot lead"));

        assertThat(statuses.get(EARLIER).code()).as("the smaller id keeps the code").isEqualTo("lead");
        assertThat(statuses.get(local.id()).code()).isEqualTo("lead-2");
        assertThat(admin().get("/api/v1/contacts/" + contact).json().get("status").asText()).as("the contact follows its status")
                .isEqualTo("lead-2");
        assertThat(check.run().difference()).isNull();
    }

    @Test
    void aSeriesArrivingUnderANameHeldHereInAnotherCaseIsRenamed() {
        Series local = as(data.admin(), () -> series.create(new SeriesFields("Onboarding", "Welcome calls", List.of(new SeriesStep("CALL", 15,
                Priority.MEDIUM, "Welcome call", new StepOffset(1, OffsetUnit.DAYS), null, WeekendRule.NEXT_MONDAY)))));

        arrives(local.id(), LATER, fields -> fields.put("name", "ONBOARDING").put("description", "Other"));

        assertThat(series.get(local.id()).name()).isEqualTo("Onboarding");
        assertThat(series.get(LATER).name()).isEqualTo("ONBOARDING (2)");
        assertThat(check.run().difference()).isNull();
    }

    @Test
    void aCustomFieldOfAnotherTypeArrivingUnderANameItsEntityHasIsRenamedAndOneOfAnotherEntityIsNoClash() {
        CustomField local = as(data.admin(), () -> customFields.define(new NewCustomField("contact", "contractCode", "Contract code",
                CustomFieldType.TEXT, null)));

        arrives(local.id(), LATER, fields -> fields.put("fieldType", CustomFieldType.NUMBER.name()));
        arrives(local.id(), EARLIER, fields -> fields.put("entity", "group"));

        assertThat(customFields.byId(local.id()).name()).isEqualTo("contractCode");
        assertThat(customFields.byId(LATER).name()).isEqualTo("contractCode2");
        assertThat(customFields.byId(EARLIER).name()).as("a group's field of that name").isEqualTo("contractCode");
        assertThat(check.run().difference()).isNull();
    }

    @Test
    void aUserArrivingUnderAUserNameHeldHereIsRenamedAndNeverMerged() {
        User local = data.user("zdv", Role.MANAGER);

        arrives(local.id(), LATER, fields -> { });

        assertThat(users.byId(local.id()).userName()).isEqualTo(local.userName());
        assertThat(users.byId(LATER).userName()).isEqualTo(local.userName() + ".2");
        assertThat(check.run().difference()).isNull();
    }

    /** The creation of {@code template} here, as if another database had made it with id {@code id}, its fields changed. */
    private void arrives(UUID template, UUID id, Consumer<ObjectNode> change) {
        JournalEntry creation = journal.entriesAbout(template, null, 100).stream()
                .filter(entry -> entry.operation() == JournalOperation.CREATE && entry.recordId().equals(template)).findFirst().orElseThrow();
        ObjectNode fields = (ObjectNode) JournalValues.read(creation.value());
        change.accept(fields);
        long hlc = HybridLogicalClock.firstOf(System.currentTimeMillis());
        JournalExchange.Applied applied = exchange.apply(List.of(new ExchangedEntry(LAPTOP, id.getLeastSignificantBits() & 0xffff, 1, hlc,
                null, creation.entity(), id, null, creation.field(), JournalValues.write(fields), JournalOperation.CREATE, null,
                JournalValues.FORMAT)));
        assertThat(applied.applied()).isEqualTo(1);
    }
}
