package org.svyaz.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.SvyazTests;
import org.svyaz.activities.Priority;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.NameClash;
import org.svyaz.shell.InvalidInput;

/**
 * Two databases that created a series of one name: the series module carries out what {@link
 * NameClash} decided. The arriving series is in the table under a free name, as an applier
 * inserts it, beside the local one.
 */
class SeriesNameClashTests extends SvyazTests {

    private static final List<SeriesStep> STEPS = List.of(new SeriesStep("CALL", 15, Priority.MEDIUM, "Welcome call",
            new StepOffset(1, OffsetUnit.DAYS), null, WeekendRule.NEXT_MONDAY));

    @Autowired
    SeriesManagement series;

    @Autowired
    SeriesScheduling scheduling;

    @Autowired
    Journal journal;

    @Test
    void mergesEqualSeriesIntoTheSmallerIdAndMovesTheOthersRuns() {
        Series local = create("Onboarding", STEPS);
        Series arriving = create("Onboarding (2)", STEPS);
        UUID contact = UUID.fromString(admin().post("/api/v1/contacts", Map.of("company", "Vector")).id());
        as(data.admin(), () -> scheduling.schedule(arriving.id(), new SeriesTarget.Contacts(List.of(contact)), LocalDate.of(2026, 12, 7),
                null));
        UUID run = scheduling.history(arriving.id()).get(0).id();

        NameClash.Outcome outcome = SeriesManagement.NAME_CLASH.decide("Onboarding", arriving.id(), SeriesManagement.clashDefinition(arriving),
                local.id(), SeriesManagement.clashDefinition(local), series::nameTaken);
        assertThat(outcome).isEqualTo(new NameClash.Merge(local.id(), arriving.id()));
        series.merge(arriving.id(), local.id());

        assertThat(series.all()).extracting(Series::name).containsExactly("Onboarding");
        assertThat(as(data.admin(), () -> scheduling.history(local.id()))).extracting(SeriesRun::id).containsExactly(run);
        JournalEntry moveEntry = journal.entriesAbout(run, null, 1).get(0);
        assertThat(moveEntry.operation()).isEqualTo(JournalOperation.SET);
        assertThat(moveEntry.field()).isEqualTo("seriesId");
        assertThat(moveEntry.value()).isEqualTo("\"" + local.id() + "\"");
        assertThat(journal.entriesAbout(arriving.id(), null, 1).get(0).operation()).isEqualTo(JournalOperation.DELETE);
    }

    @Test
    void renamesTheLargerIdOfTwoDifferentSeriesWithTheFirstFreeSuffix() {
        Series local = create("Onboarding", STEPS);
        create("onboarding (2)", List.of(new SeriesStep("TODO", 10, Priority.LOW, "Other", new StepOffset(0, OffsetUnit.DAYS), null,
                WeekendRule.NONE)));
        Series arriving = create("Onboarding (3)", List.of(new SeriesStep("TODO", 10, Priority.LOW, "Send the contract",
                new StepOffset(0, OffsetUnit.DAYS), null, WeekendRule.NONE)));

        NameClash.Outcome outcome = SeriesManagement.NAME_CLASH.decide("Onboarding", local.id(), SeriesManagement.clashDefinition(local),
                arriving.id(), SeriesManagement.clashDefinition(arriving), series::nameTaken);
        NameClash.Rename rename = (NameClash.Rename) outcome;
        assertThat(rename.renamed()).isEqualTo(arriving.id());
        assertThat(rename.newName()).as("(2) is taken, whatever its case, and (3) by the arriving one").isEqualTo("Onboarding (4)");
        Series renamed = series.rename(rename.renamed(), rename.newName());

        assertThat(renamed.name()).isEqualTo("Onboarding (4)");
        assertThat(renamed.version()).isEqualTo(arriving.version() + 1);
        assertThat(journal.entriesAbout(arriving.id(), null, 1).get(0).value()).isEqualTo("\"Onboarding (4)\"");
        assertThat(catchThrowable(() -> series.rename(arriving.id(), "ONBOARDING"))).isInstanceOf(InvalidInput.class);
        assertThat(series.get(arriving.id()).name()).isEqualTo("Onboarding (4)");
    }

    private Series create(String name, List<SeriesStep> steps) {
        return as(data.admin(), () -> series.create(new SeriesFields(name, "", steps)));
    }
}
