package org.svyaz.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.SvyazTests;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.NameClash;
import org.svyaz.shell.InvalidInput;

/**
 * Two databases that created a status of one code: the statuses module carries out what {@link
 * NameClash} decided. The arriving status is in the table under a free code, as an applier
 * inserts it, beside the local one.
 */
class StatusNameClashTests extends SvyazTests {

    @Autowired
    ContactStatuses statuses;

    @Autowired
    ContactManagement contacts;

    @Autowired
    Journal journal;

    @Test
    void mergesEqualStatusesIntoTheSmallerIdAndMovesTheOthersContactsThroughTheJournal() {
        ContactStatus local = as(data.admin(), () -> statuses.create("lead", "Lead", "Лид"));
        ContactStatus arriving = as(data.admin(), () -> statuses.create("lead-2", "Lead", "Лид"));
        String ofLocal = admin().post("/api/v1/contacts", Map.of("company", "Vector", "status", "lead")).id();
        String ofArriving = admin().post("/api/v1/contacts", Map.of("company", "Ромашка", "status", "lead-2")).id();

        NameClash.Outcome outcome = ContactStatuses.NAME_CLASH.decide("lead", local.id(), ContactStatuses.clashDefinition(local),
                arriving.id(), ContactStatuses.clashDefinition(arriving), codes());
        NameClash.Merge merge = (NameClash.Merge) outcome;
        assertThat(merge.survivor()).isEqualTo(local.id());
        int moved = statuses.merge(merge.absorbed(), merge.survivor());

        assertThat(moved).isEqualTo(1);
        assertThat(codes()).contains("lead").doesNotContain("lead-2");
        assertThat(admin().get("/api/v1/contacts/" + ofArriving).json().get("status").asText()).isEqualTo("lead");
        assertThat(admin().get("/api/v1/contacts/" + ofArriving).json().get("version").asLong()).isEqualTo(2);
        assertThat(admin().get("/api/v1/contacts/" + ofLocal).json().get("version").asLong()).as("untouched").isEqualTo(1);
        JournalEntry moveEntry = journal.entriesAbout(UUID.fromString(ofArriving), null, 1).get(0);
        assertThat(moveEntry.operation()).isEqualTo(JournalOperation.SET);
        assertThat(moveEntry.field()).isEqualTo("status");
        assertThat(moveEntry.value()).isEqualTo("\"" + local.id() + "\"");
        assertThat(journal.entriesAbout(arriving.id(), null, 1).get(0).operation()).isEqualTo(JournalOperation.DELETE);
        assertThat(lookedUp("lead")).containsExactlyInAnyOrder("Vector", "Ромашка");
    }

    @Test
    void renamesAStatusItsContactsFollowingIt() {
        ContactStatus lead = as(data.admin(), () -> statuses.create("lead", "Lead", ""));
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Vector", "status", "lead")).id();

        ContactStatus renamed = statuses.rename(lead.id(), "lead-2");

        assertThat(renamed.code()).isEqualTo("lead-2");
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(admin().get("/api/v1/contacts/" + contact).json().get("status").asText()).isEqualTo("lead-2");
        assertThat(admin().get("/api/v1/contacts/" + contact).json().get("version").asLong())
                .as("the contact refers to the status's id, which did not change").isEqualTo(1);
        assertThat(lookedUp("lead-2")).containsExactly("Vector");
        JournalEntry entry = journal.entriesAbout(lead.id(), null, 1).get(0);
        assertThat(entry.field()).isEqualTo("code");
        assertThat(entry.value()).isEqualTo("\"lead-2\"");
    }

    @Test
    void refusesARenameToACodeTakenOrMalformed() {
        ContactStatus lead = as(data.admin(), () -> statuses.create("lead", "Lead", ""));
        Throwable taken = catchThrowable(() -> statuses.rename(lead.id(), "prospect"));
        Throwable malformed = catchThrowable(() -> statuses.rename(lead.id(), "lead (2)"));
        assertThat(taken).isInstanceOf(InvalidInput.class);
        assertThat(((InvalidInput) taken).fieldErrors()).containsKey("code");
        assertThat(malformed).isInstanceOf(InvalidInput.class);
        assertThat(codes()).contains("lead", "prospect");
    }

    @Test
    void decidesARenameForStatusesOfOneCodeWithOtherNames() {
        ContactStatus local = as(data.admin(), () -> statuses.create("lead", "Lead", ""));
        ContactStatus arriving = as(data.admin(), () -> statuses.create("lead-2", "Hot lead", ""));
        NameClash.Outcome outcome = ContactStatuses.NAME_CLASH.decide("lead", local.id(), ContactStatuses.clashDefinition(local),
                arriving.id(), ContactStatuses.clashDefinition(arriving), codes());
        assertThat(outcome).isInstanceOf(NameClash.Rename.class);
        assertThat(((NameClash.Rename) outcome).newName()).isEqualTo("lead-3");
    }

    private Set<String> codes() {
        return statuses.all().stream().map(ContactStatus::code).collect(Collectors.toSet());
    }

    private List<String> lookedUp(String status) {
        return admin().post("/api/v1/contacts/lookup", Map.of("criteria", List.of(Map.of("field", "status", "op", "equals", "value", status))))
                .json().findValuesAsText("company");
    }
}
