package org.svyaz.activities.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.activities.DateRange;
import org.svyaz.activities.Priority;
import org.svyaz.activities.TaskList;
import org.svyaz.activities.TaskListFilter;
import org.svyaz.activities.TaskListFilters;
import org.svyaz.activities.internal.ActivityPermissions;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The Task List (SPEC A5): the user's activities filtered by type, priority, dates and users,
 * sorted by any column. The filter the user last applied is remembered and shown next time.
 */
@Controller
class TaskListController {

    /** More rows than a person reads on one screen; the status line says when there are more. */
    static final int SHOWN = 500;
    private static final Set<String> COLUMNS = Set.of("date", "time", "type", "priority", "regarding", "user");

    private final ActivityManagement activities;
    private final ActivityTypeManagement types;
    private final TaskListFilters filters;
    private final UserManagement users;
    private final ActivityViews views;

    TaskListController(ActivityManagement activities, ActivityTypeManagement types, TaskListFilters filters, UserManagement users,
            ActivityViews views) {
        this.activities = activities;
        this.types = types;
        this.filters = filters;
        this.users = users;
        this.views = views;
    }

    /**
     * With {@code apply}, the filter form as sent; without, the remembered filter (a column
     * header's link changes only its sort).
     */
    @GetMapping("/tasks")
    String taskList(@RequestParam(required = false) String apply, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) String range,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "mine") String who, @RequestParam(required = false) List<String> user,
            @RequestParam(defaultValue = "false") boolean showCleared, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc, Model model) {
        CurrentUser me = users.current();
        TaskListFilter filter = filters.remembered();
        FieldErrors errors = new FieldErrors();
        if (apply != null) {
            filter = new TaskListFilter(type == null ? Set.of() : new LinkedHashSet<>(type),
                    priority == null ? Set.of() : EnumSet.of(priority), rangeNamed(range, errors), errors.date("from", from, "error.badDate"),
                    errors.date("to", to, "error.badDate"),
                    "selected".equals(who) && user != null ? user : List.of(), "all".equals(who), showCleared,
                    filter.sort(), filter.descending());
        }
        if (sort != null && COLUMNS.contains(sort)) {
            filter = new TaskListFilter(filter.types(), filter.priorities(), filter.range(), filter.from(), filter.to(),
                    filter.users(), filter.allUsers(), filter.includeCleared(), sort, desc);
        }
        if (!ActivityPermissions.plansForOthers(me) && (filter.allUsers() || !filter.users().isEmpty())) {
            filter = new TaskListFilter(filter.types(), filter.priorities(), filter.range(), filter.from(), filter.to(), List.of(),
                    false, filter.includeCleared(), filter.sort(), filter.descending());
        }
        TaskList list = listOf(filter, apply != null || sort != null, errors);
        model.addAttribute("errors", errors.asMap());
        views.addNames(list.items(), model);
        model.addAttribute("filter", filter);
        model.addAttribute("list", list);
        model.addAttribute("types", types.all());
        model.addAttribute("typeColors", views.typeColors());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("ranges", DateRange.values());
        model.addAttribute("planner", ActivityPermissions.plansForOthers(me));
        model.addAttribute("allUsers", users.all().stream().filter(User::enabled).toList());
        model.addAttribute("who", filter.allUsers() ? "all" : filter.users().isEmpty() ? "mine" : "selected");
        model.addAttribute("shown", SHOWN);
        model.addAttribute("returnTo", "/tasks");
        model.addAttribute("snoozeChoices", ActivityViews.snoozeChoices());
        return "activities/tasks";
    }

    /**
     * The activities the filter shows, remembering it when asked to and the form had no error;
     * a filter that cannot be applied (a range that ends before it starts) shows none, and why.
     */
    private TaskList listOf(TaskListFilter filter, boolean remember, FieldErrors errors) {
        try {
            TaskList found = activities.taskList(filter, 0, SHOWN);
            TaskList list = new TaskList(views.seen(found.items()), found.total(), found.next());
            if (remember && errors.isEmpty()) {
                filters.remember(filter);
            }
            return list;
        } catch (InvalidInput invalid) {
            errors.addAll(invalid);
            return TaskList.EMPTY;
        }
    }

    /** The range the address names; an unknown one (a mistyped or outdated link) shows today, and the form says so. */
    private static DateRange rangeNamed(String name, FieldErrors errors) {
        if (name == null || name.isBlank()) {
            return DateRange.TODAY;
        }
        try {
            return DateRange.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add("range", "error.taskList.unknownRange", name);
            return DateRange.TODAY;
        }
    }
}
