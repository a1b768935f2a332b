package org.svyaz.activities;

import java.util.List;

/** One page of the task list: the activities the filter lets through, how many in all, and the cursor of the next page. */
public record TaskList(List<Activity> items, long total, String next) {

    /** What a filter that cannot be applied shows. */
    public static final TaskList EMPTY = new TaskList(List.of(), 0, null);
}
