package org.svyaz.activities.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.AccessInput;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.Frequency;
import org.svyaz.activities.MonthlyBy;
import org.svyaz.activities.Priority;
import org.svyaz.activities.Recurrence;
import org.svyaz.shell.FieldErrors;

/**
 * Reads an activity's JSON onto a starting point: for POST the defaults, for PATCH the stored
 * activity, so that only the properties sent change ({@code "time": null} makes it timeless).
 * Each unreadable property is reported by name.
 */
final class ActivityJsonReader {

    private static final Set<String> BOOKKEEPING = Set.of("version", "applyTo", "id", "scheduledBy", "cleared", "conflicts",
            "createdAt", "updatedAt", "busy", "seriesId", "alarmAt", "clearedAt", "clearedBy", "result", "resultNotes", "startsAt",
            "endsAt");

    private ActivityJsonReader() {
    }

    static ActivityFields read(JsonNode body, ActivityFields base, FieldErrors errors, AccessGrants grants) {
        if (body == null || !body.isObject()) {
            errors.add("body", "error.badValue");
            return base;
        }
        String type = base.type();
        LocalDate date = base.date();
        LocalTime time = base.time();
        LocalTime endTime = base.endTime();
        Integer duration = base.durationMinutes();
        List<UUID> contactIds = base.contactIds();
        String regarding = base.regarding();
        String details = base.details();
        Priority priority = base.priority();
        String color = base.color();
        Integer alarm = base.alarmMinutesBefore();
        String scheduledFor = base.scheduledFor();
        UUID groupId = base.groupId();
        AccessInput access = AccessInput.NONE;
        Recurrence recurrence = base.recurrence();
        ZoneId zone = base.timeZone();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = body.get(name);
            switch (name) {
                case "type" -> type = text(value);
                case "date" -> date = date(name, value, errors);
                case "time" -> time = time(name, value, errors);
                case "endTime" -> endTime = time(name, value, errors);
                case "durationMinutes" -> duration = integer(name, value, errors);
                case "contactIds" -> contactIds = uuids(name, value, errors);
                case "regarding" -> regarding = text(value);
                case "details" -> details = text(value);
                case "priority" -> priority = value.isNull() ? null : enumValue(Priority.class, name, value, errors);
                case "color" -> color = text(value);
                case "alarmMinutesBefore" -> alarm = integer(name, value, errors);
                case "scheduledFor" -> scheduledFor = text(value);
                case "groupId" -> groupId = value.isNull() ? null : uuid(name, value, errors);
                case "access", "private", "accessTeams", "accessUsers" -> access = access.with(name, value, errors);
                case "recurrence" -> recurrence = value.isNull() ? null : recurrence(value, errors);
                case "timeZone" -> zone = value.isNull() ? null : errors.timeZone(name, value.asText());
                default -> {
                    if (!BOOKKEEPING.contains(name)) {
                        errors.add(name, "error.unknownProperty", name);
                    }
                }
            }
        }
        if (body.has("time") && !body.has("endTime")) {
            endTime = null;
        }
        // the zone is that of the date and times sent with it; alone, it moves nothing
        if (!body.has("date") && !body.has("time") && !body.has("endTime")) {
            zone = base.timeZone();
        }
        return new ActivityFields(type, date, time, endTime, duration, contactIds, regarding, details, priority, color, alarm,
                scheduledFor, groupId, grants.resolve(access, base.access(), errors), recurrence, zone);
    }

    private static Recurrence recurrence(JsonNode node, FieldErrors errors) {
        if (!node.isObject()) {
            errors.add("recurrence", "error.badValue");
            return null;
        }
        Frequency frequency = node.hasNonNull("frequency") ? enumValue(Frequency.class, "recurrence.frequency", node.get("frequency"), errors) : null;
        Integer every = node.hasNonNull("every") ? integer("recurrence.every", node.get("every"), errors) : Integer.valueOf(1);
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        if (node.hasNonNull("weekdays")) {
            if (!node.get("weekdays").isArray()) {
                errors.add("recurrence.weekdays", "error.badValue");
            } else {
                node.get("weekdays").forEach(day -> {
                    DayOfWeek parsed = enumValue(DayOfWeek.class, "recurrence.weekdays", day, errors);
                    if (parsed != null) {
                        weekdays.add(parsed);
                    }
                });
            }
        }
        MonthlyBy monthlyBy = node.hasNonNull("monthlyBy") ? enumValue(MonthlyBy.class, "recurrence.monthlyBy", node.get("monthlyBy"), errors)
                : MonthlyBy.DAY_OF_MONTH;
        Integer weekOfMonth = node.hasNonNull("weekOfMonth") ? integer("recurrence.weekOfMonth", node.get("weekOfMonth"), errors) : null;
        LocalDate until = node.hasNonNull("until") ? date("recurrence.until", node.get("until"), errors) : null;
        Integer count = node.hasNonNull("count") ? integer("recurrence.count", node.get("count"), errors) : null;
        return new Recurrence(frequency, every == null ? 1 : every, weekdays, monthlyBy, weekOfMonth, until, count);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }

    private static LocalDate date(String name, JsonNode value, FieldErrors errors) {
        if (value.isNull()) {
            return null;
        }
        if (value.asText().isBlank()) {
            errors.add(name, "error.activity.date");
            return null;
        }
        return errors.date(name, value.asText(), "error.activity.date");
    }

    private static LocalTime time(String name, JsonNode value, FieldErrors errors) {
        if (value.isNull()) {
            return null;
        }
        try {
            return LocalTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            errors.add(name, "error.activity.time");
            return null;
        }
    }

    private static Integer integer(String name, JsonNode value, FieldErrors errors) {
        if (value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            errors.add(name, "error.badValue");
            return null;
        }
        return value.asInt();
    }

    private static boolean bool(String name, JsonNode value, FieldErrors errors) {
        if (!value.isBoolean()) {
            errors.add(name, "error.badValue");
            return false;
        }
        return value.asBoolean();
    }

    private static UUID uuid(String name, JsonNode value, FieldErrors errors) {
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            errors.add(name, "error.badValue");
            return null;
        }
    }

    private static List<UUID> uuids(String name, JsonNode value, FieldErrors errors) {
        List<UUID> ids = new ArrayList<>();
        if (value.isNull()) {
            return ids;
        }
        if (!value.isArray()) {
            errors.add(name, "error.badValue");
            return ids;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isNull()) {
                errors.add(name + "[" + i + "]", "error.required");
            } else {
                ids.add(uuid(name + "[" + i + "]", item, errors));
            }
        }
        return ids;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, JsonNode value, FieldErrors errors) {
        try {
            return Enum.valueOf(type, value.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(name, "error.badValue");
            return null;
        }
    }
}
