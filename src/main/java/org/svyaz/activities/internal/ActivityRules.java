package org.svyaz.activities.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.Priority;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.GroupManagement;
import org.svyaz.shell.FieldErrors;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/** The rules an activity's fields must keep; problems are reported per field, all at once. */
@Component
public class ActivityRules {

    /** An activity may last up to 31 days. */
    public static final int MAX_DURATION = 31 * 24 * 60;
    /** An alarm rings at most 30 days ahead. */
    public static final int MAX_ALARM = 30 * 24 * 60;
    private static final int MAX_REGARDING = 2000;
    private static final int MAX_DETAILS = 1_000_000;
    private static final int MAX_CONTACTS = 1000;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final JooqActivityTypes types;
    private final UserManagement users;
    private final ContactManagement contacts;
    private final GroupManagement groups;
    private final ActivityPermissions permissions;

    ActivityRules(JooqActivityTypes types, UserManagement users, ContactManagement contacts, GroupManagement groups,
            ActivityPermissions permissions) {
        this.groups = groups;
        this.types = types;
        this.users = users;
        this.contacts = contacts;
        this.permissions = permissions;
    }

    /**
     * Checks the fields as the current user schedules or changes them.
     *
     * @throws org.svyaz.shell.InvalidInput with every problem found
     * @throws org.svyaz.shell.NotPermitted when the user may not schedule for the owner
     */
    public ValidActivity check(ActivityFields fields, CurrentUser me) {
        return check(fields, me, null);
    }

    /**
     * Checks the fields of a change to an activity that keeps {@code activityZone} as its own
     * (null: a new activity, which takes the fields' zone, else the user's): a date and time
     * given in another zone are moved into it, the same instant.
     */
    public ValidActivity check(ActivityFields fields, CurrentUser me, ZoneId activityZone) {
        FieldErrors errors = new FieldErrors();
        ActivityType type = types.byCode(fields.type() == null ? null : fields.type().trim()).orElse(null);
        if (type == null) {
            errors.add("type", fields.type() == null || fields.type().isBlank() ? "error.required" : "error.activity.type");
        }
        if (fields.date() == null) {
            errors.add("date", "error.required");
        }
        int duration = duration(fields, type, errors);
        if (fields.date() != null && fields.date().atTime(fields.time() == null ? LocalTime.MIDNIGHT : fields.time())
                .plusMinutes(duration).toLocalDate().isAfter(LAST_DAY)) {
            errors.add("date", "error.activity.date");
        }
        String regarding = fields.regarding() == null ? "" : fields.regarding().strip();
        if (regarding.isEmpty()) {
            errors.add("regarding", "error.required");
        }
        errors.checkLength("regarding", regarding, MAX_REGARDING);
        String details = fields.details() == null ? "" : fields.details().strip();
        errors.checkLength("details", details, MAX_DETAILS);
        String color = fields.color() == null || fields.color().isBlank() ? (type == null ? null : type.color()) : fields.color().trim();
        if (color != null && !COLOR.matcher(color).matches()) {
            errors.add("color", "error.activity.color");
        }
        Integer alarm = fields.alarmMinutesBefore();
        if (alarm != null && (alarm < 0 || alarm > MAX_ALARM)) {
            errors.add("alarmMinutesBefore", "error.activity.alarm", MAX_ALARM / (24 * 60));
        }
        User owner = owner(fields.scheduledFor(), me, errors);
        if (fields.recurrence() != null) {
            fields.recurrence().check(fields.date(), errors);
        }
        List<UUID> contactIds = contacts(fields.contactIds(), errors);
        if (fields.groupId() != null && !groups.exists(fields.groupId())) {
            errors.add("groupId", "error.groupNotFound");
        }
        errors.throwIfAny();
        UUID ownerId = owner == null ? me.id() : owner.id();
        permissions.requireMayScheduleFor(me, ownerId);
        if (contactIds.isEmpty()) {
            contactIds = contacts.myRecordId(ownerId).map(List::of).orElse(List.of());
        }
        ZoneId given = fields.timeZone() != null ? fields.timeZone() : activityZone != null ? activityZone : me.timeZone();
        ZoneId zone = activityZone != null ? activityZone : given;
        LocalDate date = fields.date();
        LocalTime time = fields.time();
        if (time != null) {
            // the same instant on the activity's clock; a time that clock skips (summer time) is the one it shows then
            LocalDateTime there = date.atTime(time).atZone(given).withZoneSameInstant(zone).toLocalDateTime();
            date = there.toLocalDate();
            time = there.toLocalTime();
        }
        return new ValidActivity(type.code(), date, time, duration, contactIds, regarding, details,
                fields.priority() == null ? Priority.MEDIUM : fields.priority(), color, alarm, ownerId, fields.groupId(),
                fields.access(), fields.recurrence(), zone, owner == null ? me.timeZone() : owner.timeZone());
    }

    private static int duration(ActivityFields fields, ActivityType type, FieldErrors errors) {
        if (fields.endTime() != null) {
            if (fields.time() == null) {
                errors.add("endTime", "error.activity.endWithoutStart");
                return 0;
            }
            if (fields.endTime().isBefore(fields.time())) {
                errors.add("endTime", "error.activity.endBeforeStart");
                return 0;
            }
            return (int) ChronoUnit.MINUTES.between(fields.time(), fields.endTime());
        }
        Integer minutes = fields.durationMinutes() != null ? fields.durationMinutes() : type == null ? 0 : type.defaultDuration();
        if (minutes < 0 || minutes > MAX_DURATION) {
            errors.add("durationMinutes", "error.activity.duration", MAX_DURATION / (24 * 60));
            return 0;
        }
        return minutes;
    }

    /** The user the activity is for; null for the current user, also when the one named is unknown (an error then). */
    private User owner(String scheduledFor, CurrentUser me, FieldErrors errors) {
        if (scheduledFor == null || scheduledFor.isBlank()) {
            return null;
        }
        User owner = users.byUserName(scheduledFor).orElse(null);
        if (owner == null || !owner.enabled()) {
            errors.add("scheduledFor", "error.activity.unknownUser", scheduledFor.trim());
            return null;
        }
        return owner;
    }

    /** The contacts, each one the user may see; an unknown or invisible one is refused. */
    private List<UUID> contacts(List<UUID> contactIds, FieldErrors errors) {
        if (contactIds == null || contactIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> unique = new LinkedHashSet<>(contactIds);
        if (unique.contains(null) || unique.size() > MAX_CONTACTS) {
            errors.add("contactIds", "error.activity.unknownContact");
            return List.of();
        }
        Set<UUID> visible = new HashSet<>(contacts.getAll(unique).stream().map(Contact::id).toList());
        if (!visible.containsAll(unique)) {
            errors.add("contactIds", "error.activity.unknownContact");
            return List.of();
        }
        return new ArrayList<>(unique);
    }
}
