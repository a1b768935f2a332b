package org.svyaz.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.shell.DisplayTime;

/**
 * Writes activities as an RFC 5545 calendar. Runs as the user whose activities they are, so
 * contacts' names are the ones that user may see.
 *
 * <p>Every activity is a VEVENT (calendar subscriptions show VEVENTs; many ignore to-do components). UID is
 * the activity id + "@svyaz", SEQUENCE its version, DTSTAMP and LAST-MODIFIED its last change.
 * Timed activities are in UTC (valid everywhere, no VTIMEZONE to keep right); timeless ones are
 * all-day (VALUE=DATE). SUMMARY is the type and Regarding, DESCRIPTION the details and the
 * contacts' names. A cleared activity has STATUS:COMPLETED, so it stays in the calendar as what
 * happened; a private one has CLASS:PRIVATE.
 *
 * <p>The text is written here rather than by ical4j (which parses imports): its writer ran
 * regular expressions on every property and joined all events into one string, two thirds of a
 * feed's time; the tests parse what this writes back with ical4j and compare every field.
 */
@Component
public class IcsWriter {

    static final String UID_SUFFIX = "@svyaz";
    private static final String PRODUCT = "-//Svyaz//Svyaz CRM//EN";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final ActivityTypeManagement types;
    private final ContactManagement contacts;
    private final MessageSource messages;
    private final DisplayTime time;

    IcsWriter(ActivityTypeManagement types, ContactManagement contacts, MessageSource messages, DisplayTime time) {
        this.types = types;
        this.contacts = contacts;
        this.messages = messages;
        this.time = time;
    }

    public String write(List<Activity> activities, Locale locale) {
        Map<String, String> typeNames = typeNames(locale);
        Map<UUID, String> contactNames = contactNames(activities);
        StringBuilder out = new StringBuilder(activities.size() * 400);
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:" + PRODUCT);
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        for (Activity activity : activities) {
            event(out, activity, typeNames, contactNames, locale);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private void event(StringBuilder out, Activity activity, Map<String, String> typeNames, Map<UUID, String> contactNames,
            Locale locale) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + activity.id() + UID_SUFFIX);
        line(out, "SEQUENCE:" + activity.version());
        line(out, "DTSTAMP:" + UTC.format(activity.updatedAt()));
        line(out, "CREATED:" + UTC.format(activity.createdAt()));
        line(out, "LAST-MODIFIED:" + UTC.format(activity.updatedAt()));
        times(out, activity);
        if (activity.busy()) {
            line(out, "SUMMARY:" + text(messages.getMessage("calendar.feed.busy", null, locale)));
            line(out, "CLASS:PRIVATE");
        } else {
            String type = typeNames.getOrDefault(activity.type(), activity.type());
            line(out, "SUMMARY:" + text(activity.regarding().isEmpty() ? type : type + ": " + activity.regarding()));
            String description = description(activity, contactNames, locale);
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + text(description));
            }
            if (activity.isPrivate()) {
                line(out, "CLASS:PRIVATE");
            }
            if (activity.cleared()) {
                line(out, "STATUS:COMPLETED");
            }
        }
        line(out, "END:VEVENT");
    }

    /** A timeless activity is all-day; a timed one is in UTC, converted from the display zone. */
    private void times(StringBuilder out, Activity activity) {
        if (activity.timeless()) {
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(activity.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(activity.date().plusDays(1)));
            return;
        }
        Instant start = startOf(activity, time.zone());
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(start.plusSeconds(activity.durationMinutes() * 60L)));
    }

    static Instant startOf(Activity activity, ZoneId zone) {
        return activity.date().atTime(activity.time()).atZone(zone).toInstant();
    }

    /** A TEXT value escaped as RFC 5545 (3.3.11) asks: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /**
     * Appends a content line, folded where it is longer than 75 octets as RFC 5545 (3.1) asks:
     * octets of UTF-8 are counted, so a Cyrillic line folds in time, and a character is never split.
     */
    static void line(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
            int codePoint = line.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
        }
        out.append("\r\n");
    }

    private String description(Activity activity, Map<UUID, String> contactNames, Locale locale) {
        String names = activity.contactIds().stream().map(contactNames::get).filter(name -> name != null && !name.isBlank())
                .collect(Collectors.joining(", "));
        if (names.isEmpty()) {
            return activity.details();
        }
        String with = messages.getMessage("calendar.with", new Object[] {names}, locale);
        return activity.details().isEmpty() ? with : activity.details() + "\n\n" + with;
    }

    private Map<String, String> typeNames(Locale locale) {
        return types.all().stream().collect(Collectors.toMap(ActivityType::code,
                type -> type.builtIn() ? messages.getMessage("activityType." + type.code(), null, type.code(), locale) : type.name()));
    }

    private Map<UUID, String> contactNames(List<Activity> activities) {
        return contacts.displayNames(activities.stream().flatMap(activity -> activity.contactIds().stream()).distinct().toList());
    }
}
