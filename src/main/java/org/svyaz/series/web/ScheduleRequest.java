package org.svyaz.series.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.svyaz.lookups.LookupCriteria;
import org.svyaz.series.SeriesTarget;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;

/**
 * The body of {@code POST /api/v1/series/{id}/schedule}: one target, the start date, the user it
 * is for, and whether to create the activities ({@code confirm: true}) or only count them.
 */
record ScheduleRequest(Target target, LocalDate startDate, String scheduledFor, Boolean confirm) {

    /** Exactly one of: some contacts, a group, a lookup body (as {@code POST /contacts/lookup} takes it), or all. */
    record Target(List<UUID> contactIds, UUID groupId, Lookup lookup, Boolean all) {
    }

    /** A lookup body; its sort and page properties are accepted and do not matter here. */
    record Lookup(List<LookupCriteria.Input> criteria, String match, String keyword, List<String> sort, Integer limit,
            String after) {
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(confirm);
    }

    /**
     * The target the body names.
     *
     * @throws InvalidInput at {@code target} when it names none or more than one
     */
    SeriesTarget seriesTarget() {
        if (target == null) {
            throw InvalidInput.of("target", "error.required");
        }
        List<SeriesTarget> named = new ArrayList<>();
        if (target.contactIds() != null) {
            new FieldErrors().requireEach("target.contactIds", target.contactIds()).throwIfAny();
            named.add(new SeriesTarget.Contacts(target.contactIds()));
        }
        if (target.groupId() != null) {
            named.add(new SeriesTarget.Group(target.groupId()));
        }
        if (target.lookup() != null) {
            Lookup lookup = target.lookup();
            named.add(new SeriesTarget.Lookup(LookupCriteria.filter(lookup.criteria(), lookup.match(), lookup.keyword())));
        }
        if (Boolean.TRUE.equals(target.all())) {
            named.add(new SeriesTarget.AllContacts());
        }
        if (named.size() != 1) {
            throw InvalidInput.of("target", "error.series.oneTarget");
        }
        return named.get(0);
    }
}
