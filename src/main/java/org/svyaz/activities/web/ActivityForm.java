package org.svyaz.activities.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.EditScope;
import org.svyaz.activities.Frequency;
import org.svyaz.activities.MonthlyBy;
import org.svyaz.activities.Priority;
import org.svyaz.activities.Recurrence;
import org.svyaz.shell.FieldErrors;

/**
 * The Schedule Activity dialog as the browser sends it. Dates and times stay text until
 * {@link #toFields} reads them, so that a mistyped one is a field error, not a failed request.
 * A start time may be typed as 14:30, 14.30 or 1430.
 */
public record ActivityForm(String type, String date, String time, Boolean timeless, Integer durationMinutes, List<UUID> contactIds,
        Boolean withMyRecord, String regarding, String details, Priority priority, String color, Boolean ringAlarm,
        Integer alarmMinutes, String access, List<UUID> accessTeams, List<UUID> accessUsers, String scheduledFor, UUID groupId, String frequency, Integer every,
        List<DayOfWeek> weekdays, MonthlyBy monthlyBy, String until, Integer count, String returnTo, Long version,
        EditScope applyTo) {

    private static final Pattern TYPED_TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");

    static ActivityForm of(Activity a, String ownerName, UUID myRecordId, String returnTo) {
        List<UUID> others = a.contactIds().stream().filter(id -> !id.equals(myRecordId)).toList();
        return new ActivityForm(a.type(), a.date().toString(), a.time() == null ? "" : a.time().toString(), a.time() == null,
                a.durationMinutes(), others, a.contactIds().contains(myRecordId), a.regarding(), a.details(), a.priority(),
                a.color(), a.alarmMinutesBefore() != null, a.alarmMinutesBefore() == null ? 15 : a.alarmMinutesBefore(),
                a.access().level().name(), a.access().teamIds(), a.access().userIds(), ownerName, a.groupId(), "NONE", 1, List.of(), MonthlyBy.DAY_OF_MONTH, "", null, returnTo,
                a.version(), EditScope.OCCURRENCE);
    }

    static ActivityForm blank(String type, LocalDate date, LocalTime time, int duration, String color, Integer alarm,
            List<UUID> contactIds, boolean withMyRecord, String ownerName, UUID groupId, String returnTo) {
        return new ActivityForm(type, date.toString(), time.toString(), false, duration, contactIds, withMyRecord, "", "",
                Priority.MEDIUM, color, alarm != null, alarm == null ? 15 : alarm, "PUBLIC", List.of(), List.of(), ownerName, groupId, "NONE", 1, List.of(),
                MonthlyBy.DAY_OF_MONTH, "", null, returnTo, null, EditScope.OCCURRENCE);
    }

    public boolean isTimeless() {
        return Boolean.TRUE.equals(timeless);
    }

    public boolean rings() {
        return Boolean.TRUE.equals(ringAlarm);
    }

    public boolean myRecordChecked() {
        return Boolean.TRUE.equals(withMyRecord);
    }

    public boolean weekdayChecked(DayOfWeek day) {
        return weekdays != null && weekdays.contains(day);
    }

    /** The fields to schedule; {@code myRecordId} joins the contacts when "My Record" is ticked. */
    ActivityFields toFields(UUID myRecordId, FieldErrors errors) {
        List<UUID> contacts = new ArrayList<>(contactIds == null ? List.of() : contactIds);
        if (myRecordChecked() && myRecordId != null && !contacts.contains(myRecordId)) {
            contacts.add(myRecordId);
        }
        LocalDate day = date("date", date, errors);
        LocalTime start = isTimeless() ? null : time(errors);
        return new ActivityFields(type, day, start, null, durationMinutes, contacts, regarding, details, priority, color,
                rings() ? alarmMinutes : null, scheduledFor, groupId, false, recurrence(errors));
    }

    private Recurrence recurrence(FieldErrors errors) {
        if (frequency == null || frequency.isBlank() || "NONE".equals(frequency)) {
            return null;
        }
        Frequency parsed;
        try {
            parsed = Frequency.valueOf(frequency);
        } catch (IllegalArgumentException e) {
            errors.add("recurrence.frequency", "error.badValue");
            return null;
        }
        LocalDate last = until == null || until.isBlank() ? null : date("recurrence.until", until, errors);
        return new Recurrence(parsed, every == null ? 1 : every,
                weekdays == null || weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays),
                monthlyBy, null, last, count);
    }

    private LocalTime time(FieldErrors errors) {
        Matcher typed = TYPED_TIME.matcher(time == null ? "" : time.trim());
        if (!typed.matches()) {
            errors.add("time", time == null || time.isBlank() ? "error.required" : "error.activity.time");
            return null;
        }
        int hour = Integer.parseInt(typed.group(1));
        int minute = Integer.parseInt(typed.group(2));
        if (hour > 23 || minute > 59) {
            errors.add("time", "error.activity.time");
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    private static LocalDate date(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "error.required");
            return null;
        }
        return errors.date(field, text, "error.activity.date");
    }
}
