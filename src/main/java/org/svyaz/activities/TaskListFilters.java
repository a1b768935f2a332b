package org.svyaz.activities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.internal.JooqTaskListFilters;
import org.svyaz.users.UserManagement;

/** Each user's task list filter, remembered between visits (and log-ins). */
@Service
public class TaskListFilters {

    private final JooqTaskListFilters filters;
    private final UserManagement users;
    private final ObjectMapper json;

    TaskListFilters(JooqTaskListFilters filters, UserManagement users, ObjectMapper json) {
        this.filters = filters;
        this.users = users;
        this.json = json;
    }

    /** The filter the user last used, or today's own activities on a first visit. */
    public TaskListFilter remembered() {
        return filters.of(users.current().id()).map(this::read).orElse(TaskListFilter.DEFAULT);
    }

    @Transactional
    public void remember(TaskListFilter filter) {
        try {
            filters.remember(users.current().id(), json.writeValueAsString(filter));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A task list filter cannot be written as JSON", e);
        }
    }

    /** A filter stored by an older version that no longer reads is forgotten, not an error. */
    private TaskListFilter read(String text) {
        try {
            return json.readValue(text, TaskListFilter.class);
        } catch (JsonProcessingException e) {
            return TaskListFilter.DEFAULT;
        }
    }
}
