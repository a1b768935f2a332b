package org.svyaz.activities;

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
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;
import org.svyaz.shell.InvalidInput;

/**
 * Two databases that created an activity type of one code: the activities module carries out
 * what {@link NameClash} decided, the series module following a merge for its steps. The arriving
 * type is in the table under a free code, as an applier inserts it, beside the local one.
 */
class ActivityTypeNameClashTests extends SvyazTests {

    @Autowired
    ActivityTypeManagement types;

    @Autowired
    SeriesManagement series;

    @Autowired
    Journal journal;

    @Test
    void mergesEqualTypesIntoTheSmallerIdAndMovesActivitiesAndSeriesStepsThroughTheJournal() {
        ActivityType local = as(data.admin(), () -> types.define("DEMO", "Demo", "#112233", 45, null));
        ActivityType arriving = as(data.admin(), () -> types.define("DEMO_2", "Demo", "#112233", 45, null));
        String ofLocal = activity("DEMO");
        String ofArriving = activity("DEMO_2");
        Series plan = as(data.admin(), () -> series.create(new SeriesFields("Onboarding", "", List.of(new SeriesStep("DEMO_2", 45,
                Priority.LOW, "Show it", new StepOffset(0, OffsetUnit.DAYS), null, WeekendRule.NONE)))));

        NameClash.Outcome outcome = ActivityTypeManagement.NAME_CLASH.decide("DEMO", local.id(), ActivityTypeManagement.clashDefinition(local),
                arriving.id(), ActivityTypeManagement.clashDefinition(arriving), codes());
        assertThat(outcome).isEqualTo(new NameClash.Merge(local.id(), arriving.id()));
        int moved = types.merge(arriving.id(), local.id());

        assertThat(moved).isEqualTo(1);
        assertThat(codes()).contains("DEMO").doesNotContain("DEMO_2");
        assertThat(admin().get("/api/v1/activities/" + ofArriving).json().get("type").asText()).isEqualTo("DEMO");
        assertThat(admin().get("/api/v1/activities/" + ofLocal).json().get("type").asText()).isEqualTo("DEMO");
        assertThat(series.get(plan.id()).steps()).extracting(SeriesStep::type).containsExactly("DEMO");
        JournalEntry moveEntry = journal.entriesAbout(UUID.fromString(ofArriving), null, 1).get(0);
        assertThat(moveEntry.operation()).isEqualTo(JournalOperation.SET);
        assertThat(moveEntry.field()).isEqualTo("typeId");
        assertThat(moveEntry.value()).isEqualTo("\"" + local.id() + "\"");
        assertThat(journal.entriesAbout(plan.id(), null, 10)).as("the step's change, journaled with the series as its parent")
                .anySatisfy(entry -> {
                    assertThat(entry.entity()).isEqualTo("seriesStep");
                    assertThat(entry.field()).isEqualTo("typeId");
                    assertThat(entry.value()).isEqualTo("\"" + local.id() + "\"");
                });
        assertThat(admin().get("/api/v1/activities?from=2026-12-07&to=2026-12-07&type=DEMO").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void renamesATypeItsActivitiesFollowingIt() {
        ActivityType demo = as(data.admin(), () -> types.define("DEMO", "Demo", null, 30, null));
        String activity = activity("DEMO");

        ActivityType renamed = types.rename(demo.id(), "DEMO_2");

        assertThat(renamed.code()).isEqualTo("DEMO_2");
        assertThat(admin().get("/api/v1/activities/" + activity).json().get("type").asText()).isEqualTo("DEMO_2");
        assertThat(admin().get("/api/v1/activities?from=2026-12-07&to=2026-12-07&type=DEMO_2").json().get("total").asInt()).isEqualTo(1);
        assertThat(journal.entriesAbout(demo.id(), null, 1).get(0).value()).isEqualTo("\"DEMO_2\"");
    }

    @Test
    void refusesToAbsorbABuiltInTypeOrToTakeATakenCode() {
        ActivityType demo = as(data.admin(), () -> types.define("DEMO", "Demo", null, 30, null));
        UUID call = types.all().stream().filter(type -> type.code().equals(ActivityType.CALL)).findFirst().orElseThrow().id();
        assertThat(catchThrowable(() -> types.merge(call, demo.id()))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> types.rename(demo.id(), "CALL"))).isInstanceOf(InvalidInput.class);
        assertThat(codes()).contains("DEMO", "CALL");
    }

    @Test
    void decidesARenameForTypesOfOneCodeThatDiffer() {
        ActivityType local = as(data.admin(), () -> types.define("DEMO", "Demo", null, 30, null));
        ActivityType arriving = as(data.admin(), () -> types.define("DEMO_2", "Demo", null, 60, null));
        NameClash.Outcome outcome = ActivityTypeManagement.NAME_CLASH.decide("DEMO", arriving.id(),
                ActivityTypeManagement.clashDefinition(arriving), local.id(), ActivityTypeManagement.clashDefinition(local), codes());
        assertThat(outcome).isEqualTo(new NameClash.Rename(arriving.id(), "DEMO", "DEMO_3", local.id()));
    }

    private String activity(String type) {
        return admin().post("/api/v1/activities", Map.of("type", type, "date", "2026-12-07", "time", "10:00", "durationMinutes", 30,
                "regarding", "Demo for " + type)).id();
    }

    private Set<String> codes() {
        return types.all().stream().map(ActivityType::code).collect(Collectors.toSet());
    }
}
