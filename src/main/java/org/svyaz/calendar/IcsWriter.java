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
 * <p>The calendar is named ({@code NAME} of RFC 7986 and {@code X-WR-CALNAME}, which Google,
 * Apple and Outlook read) and says its owner's zone ({@code X-WR-TIMEZONE}), which programs show
 * it in, and holds the zone as a VTIMEZONE too ({@link IcsZones}), which also keeps a calendar
 * without activities valid, as RFC 5545 wants at least one component. Every activity is a VEVENT
 * (calendar subscriptions show VEVENTs; many ignore to-do components). UID is the activity id +
 * "@svyaz", SEQUENCE its version, DTSTAMP and LAST-MODIFIED its last change. Timed activities are
 * UTC instants (valid everywhere, whatever a program makes of a VTIMEZONE), each activity's own
 * ({@link Activity#startsAt()}, in the zone it was scheduled in); timeless ones are all-day (VALUE=DATE), over as many days as
 * their duration covers, as the month view draws them. SUMMARY is the type and Regarding,
 * DESCRIPTION the details and the contacts' names; a private one has CLASS:PRIVATE.
 *
 * <p>A cleared activity stays in the calendar as what happened: RFC 5545 allows no
 * STATUS:COMPLETED in a VEVENT (that is a to-do's status), so it is STATUS:CONFIRMED, its SUMMARY
 * begins with {@value #CLEARED_MARK} (what a person sees) and {@code X-SVYAZ-CLEARED} holds when it
 * was cleared (what a program reads). An open activity with an alarm has a VALARM that displays its
 * summary the alarm's minutes before the start; a cleared one has none, as it rings no more here.
 *
 * <p>The text is written here rather than by ical4j (which parses imports): its writer ran
 * regular expressions on every property and joined all events into one string, two thirds of a
 * feed's time; the tests validate what this writes with ical4j and read it back with ical4j and
 * biweekly.
 */
@Component
public class IcsWriter {

    static final String UID_SUFFIX = "@svyaz";
    static final String CLEARED_MARK = "\u2713 ";
    static final String CLEARED_PROPERTY = "X-SVYAZ-CLEARED";
    /** Raised whenever what this writes for the same activities changes, so feeds' ETags change with it. */
    static final int FORMAT = 2;
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

    /**
     * The activities as a calendar named after {@code whose} ("Svyaz — Homer Simpson"), in the
     * current user's zone: the viewer's for an export, the owner's for a feed (written acting as its owner).
     */
    public String write(List<Activity> activities, Locale locale, String whose) {
        String name = messages.getMessage("calendar.ics.name", new Object[] {whose}, locale);
        ZoneId zone = zone();
        Map<String, String> typeNames = typeNames(locale);
        Map<UUID, String> contactNames = contactNames(activities);
        StringBuilder out = new StringBuilder(activities.size() * 400);
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:" + PRODUCT);
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "NAME:" + text(name));
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        IcsZones.write(out, zone);
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
        String summary;
        if (activity.busy()) {
            summary = messages.getMessage("calendar.feed.busy", null, locale);
            line(out, "SUMMARY:" + text(summary));
            line(out, "CLASS:PRIVATE");
        } else {
            String type = typeNames.getOrDefault(activity.type(), activity.type());
            summary = activity.regarding().isEmpty() ? type : type + ": " + activity.regarding();
            line(out, "SUMMARY:" + text(activity.cleared() ? CLEARED_MARK + summary : summary));
            String description = description(activity, contactNames, locale);
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + text(description));
            }
            if (activity.isPrivate()) {
                line(out, "CLASS:PRIVATE");
            }
        }
        if (activity.cleared()) {
            line(out, "STATUS:CONFIRMED");
            line(out, CLEARED_PROPERTY + ":" + UTC.format(activity.clearedAt()));
        } else if (activity.alarmMinutesBefore() != null) {
            alarm(out, summary, activity.alarmMinutesBefore());
        }
        line(out, "END:VEVENT");
    }

    /** A reminder the calendar program shows the minutes before the start, as Svyaz's alarm does. */
    private static void alarm(StringBuilder out, String summary, int minutesBefore) {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "DESCRIPTION:" + text(summary));
        // RELATED=START is the default, said all the same: some readers want it said
        line(out, "TRIGGER;RELATED=START:" + (minutesBefore == 0 ? "PT0M" : "-PT" + minutesBefore + "M"));
        line(out, "END:VALARM");
    }

    /** A timeless activity is all-day, over the days it covers; a timed one is in UTC, from its own instant. */
    private static void times(StringBuilder out, Activity activity) {
        if (activity.timeless()) {
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(activity.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(CalendarLayout.lastDay(activity).plusDays(1)));
            return;
        }
        Instant start = activity.startsAt();
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(start.plusSeconds(activity.durationMinutes() * 60L)));
    }

    /** The zone of the user the calendar is written for, read here alone (see {@link #write}). */
    ZoneId zone() {
        return time.zone();
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
