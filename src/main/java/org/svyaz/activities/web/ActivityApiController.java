package org.svyaz.activities.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.access.AccessGrants;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.DateRange;
import org.svyaz.activities.EditScope;
import org.svyaz.activities.Priority;
import org.svyaz.activities.Reminders;
import org.svyaz.activities.ScheduledActivity;
import org.svyaz.activities.TaskList;
import org.svyaz.activities.TaskListFilter;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.ListJson;
import org.svyaz.users.UserManagement;

/** Activities over the REST API (API.md, "Activities"). */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController {

    private static final ActivityFields DEFAULTS = new ActivityFields(null, null, null, null, null, List.of(), null, null,
            Priority.MEDIUM, null, null, null, null, false, null);

    private final ActivityManagement activities;
    private final Reminders reminders;
    private final UserManagement users;
    private final AccessGrants grants;

    ActivityApiController(ActivityManagement activities, Reminders reminders, UserManagement users, AccessGrants grants) {
        this.grants = grants;
        this.activities = activities;
        this.reminders = reminders;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<ActivityJson> schedule(@RequestBody JsonNode body) {
        FieldErrors errors = new FieldErrors();
        ActivityFields fields = ActivityJsonReader.read(body, DEFAULTS, errors, grants);
        errors.throwIfAny();
        ScheduledActivity scheduled = activities.schedule(fields);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + scheduled.activity().id()))
                .body(toJson(scheduled.activity(), scheduled.conflicts()));
    }

    @GetMapping("/{id}")
    ActivityJson get(@PathVariable UUID id) {
        Activity activity = activities.get(id);
        return toJson(activity, activities.conflictsOf(activity));
    }

    /**
     * Changes the properties sent. {@code "applyTo": "SERIES"} changes every open occurrence of
     * the activity's series; a {@code version} in the body must be the stored one (else 409).
     */
    @PatchMapping("/{id}")
    ActivityJson patch(@PathVariable UUID id, @RequestBody JsonNode body) {
        Activity current = activities.get(id);
        FieldErrors errors = new FieldErrors();
        ActivityFields fields = ActivityJsonReader.read(body, fieldsOf(current, ownerName(current)), errors, grants);
        long version = body.hasNonNull("version") && body.get("version").canConvertToLong() ? body.get("version").asLong()
                : current.version();
        EditScope scope = scope(body.hasNonNull("applyTo") ? body.get("applyTo").asText() : null, errors);
        errors.throwIfAny();
        ScheduledActivity changed = activities.update(id, fields, version, scope);
        return toJson(changed.activity(), changed.conflicts());
    }

    /** Erases the activity, without history; {@code ?applyTo=SERIES} erases its whole series. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@PathVariable UUID id, @RequestParam(required = false) String applyTo) {
        FieldErrors errors = new FieldErrors();
        EditScope scope = scope(applyTo, errors);
        errors.throwIfAny();
        activities.erase(id, scope);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/clear")
    ActivityJson clear(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        String result = body == null ? null : body.get("result");
        ClearResult parsed = null;
        if (result != null) {
            try {
                parsed = ClearResult.valueOf(result.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("result", "error.activity.result");
            }
        }
        return toJson(activities.clear(id, parsed, body == null ? null : body.get("notes")), null);
    }

    /** Snoozes (body {@code {"minutes": 10}}) or, with {@code {"dismiss": true}}, silences the activity's alarm. */
    @PostMapping("/{id}/alarm")
    ActivityJson alarm(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
        if (Boolean.TRUE.equals(body.get("dismiss"))) {
            return toJson(reminders.dismiss(id), null);
        }
        if (!(body.get("minutes") instanceof Integer minutes)) {
            throw InvalidInput.of("minutes", "error.activity.snooze");
        }
        return toJson(reminders.snooze(id, minutes), null);
    }

    /** A contact's activities (open ones, and cleared ones too with {@code includeCleared=true}). */
    ListJson<ActivityJson> ofContact(@PathVariable UUID contactId, @RequestParam(defaultValue = "false") boolean includeCleared,
            @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        return ListJson.page(toJson(activities.ofContact(contactId, includeCleared)), json -> json.id().toString(), after, limit);
    }

    /** A group's activities, and with {@code includeMembers=true} those of its members. */
    ListJson<ActivityJson> ofGroup(UUID groupId, boolean includeMembers, boolean includeCleared, int limit, String after) {
        return ListJson.page(toJson(activities.ofGroup(groupId, includeMembers, includeCleared)), json -> json.id().toString(), after,
                limit);
    }

    /** The caller's reminders: open activities whose alarm is due, the longest due first. */
    @GetMapping("/reminders")
    ListJson<ActivityJson> reminders(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(toJson(reminders.due()), json -> json.id().toString(), after, limit);
    }

    /**
     * The task list. {@code from}/{@code to} choose dates (both optional), or {@code range} one
     * of the task list's ranges (TODAY, THIS_WEEK, PAST_DUE...); {@code type} and
     * {@code priority} take several values (repeated or comma-separated); {@code user} names
     * users, or {@code all}; without it, the caller's own activities.
     */
    @GetMapping
    ListJson<ActivityJson> taskList(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String range, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) List<String> priority, @RequestParam(required = false) List<String> user,
            @RequestParam(defaultValue = "false") boolean includeCleared, @RequestParam(defaultValue = "date") String sort,
            @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        if (limit < 1 || limit > ListJson.MAX_LIMIT) {
            throw InvalidInput.of("limit", "error.limit", ListJson.MAX_LIMIT);
        }
        List<String> userNames = values(user);
        boolean allUsers = userNames.stream().anyMatch("all"::equalsIgnoreCase);
        DateRange dateRange = range != null ? parse(DateRange.class, "range", range) : DateRange.CUSTOM;
        Set<Priority> priorities = new HashSet<>();
        values(priority).forEach(name -> priorities.add(parse(Priority.class, "priority", name)));
        Set<String> types = new LinkedHashSet<>();
        values(type).forEach(name -> types.add(name.toUpperCase(Locale.ROOT)));
        boolean descending = sort.endsWith(":desc");
        TaskListFilter filter = new TaskListFilter(types, priorities, dateRange, from, to, allUsers ? List.of() : userNames,
                allUsers, includeCleared, sort.replace(":desc", ""), descending);
        TaskList page = activities.taskList(filter, offset(after), limit);
        return new ListJson<>(page.total(), toJson(page.items()), page.next());
    }

    private static int offset(String after) {
        if (after == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(after));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("after", "error.cursor");
        }
    }

    private static List<String> values(List<String> raw) {
        List<String> values = new ArrayList<>();
        if (raw != null) {
            raw.forEach(item -> {
                for (String part : item.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            });
        }
        return values;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "error.badValue");
        }
    }

    private static EditScope scope(String applyTo, FieldErrors errors) {
        if (applyTo == null || applyTo.isBlank()) {
            return EditScope.OCCURRENCE;
        }
        try {
            return EditScope.valueOf(applyTo.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("applyTo", "error.badValue");
            return EditScope.OCCURRENCE;
        }
    }

    /** The stored activity as fields to change, kept for its owner. */
    static ActivityFields fieldsOf(Activity a, String ownerName) {
        return new ActivityFields(a.type(), a.date(), a.time(), null, a.durationMinutes(), a.contactIds(), a.regarding(),
                a.details(), a.priority(), a.color(), a.alarmMinutesBefore(), ownerName, a.groupId(), a.access(), null, null);
    }

    private String ownerName(Activity activity) {
        return users.userNames(Set.of(activity.ownerId())).get(activity.ownerId());
    }

    private ActivityJson toJson(Activity activity, List<UUID> conflicts) {
        return toJson(List.of(activity), conflicts).get(0);
    }

    private List<ActivityJson> toJson(List<Activity> found) {
        return toJson(found, null);
    }

    private List<ActivityJson> toJson(List<Activity> found, List<UUID> conflicts) {
        Set<UUID> userIds = new HashSet<>();
        found.forEach(a -> {
            userIds.add(a.ownerId());
            userIds.add(a.scheduledById());
            userIds.addAll(a.access().userIds());
            if (a.clearedById() != null) {
                userIds.add(a.clearedById());
            }
        });
        Map<UUID, String> names = users.userNames(userIds);
        return found.stream().map(a -> ActivityJson.of(a, names, conflicts)).toList();
    }
}
