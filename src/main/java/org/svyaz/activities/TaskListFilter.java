package org.svyaz.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which activities the task list shows. Empty {@code types} or {@code priorities} mean all;
 * {@code users} are user names, empty for the current user alone, or {@code allUsers};
 * {@code from} and {@code to} apply to a CUSTOM range only. Past due means open activities
 * before today, whatever {@code includeCleared} says; so are the days before today of TODAY_AND_PAST_DUE.
 *
 * @param sort a column: date, time, type, priority, regarding, user (with "desc" for newest first)
 */
public record TaskListFilter(Set<String> types, Set<Priority> priorities, DateRange range, LocalDate from, LocalDate to,
        List<String> users, boolean allUsers, boolean includeCleared, String sort, boolean descending) {

    public static final TaskListFilter DEFAULT = new TaskListFilter(Set.of(), Set.of(), DateRange.TODAY_AND_PAST_DUE, null, null,
            List.of(), false, false, "date", false);
}
