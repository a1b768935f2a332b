package org.svyaz.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
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
 * <p>Every activity is a VEVENT (calendar subscriptions show VEVENTs; many ignore VTODO). UID is
 * the activity id + "@svyaz", SEQUENCE its version, DTSTAMP and LAST-MODIFIED its last change.
 * Timed activities are in UTC (valid everywhere, no VTIMEZONE to keep right); timeless ones are
 * all-day (VALUE=DATE). SUMMARY is the type and Regarding, DESCRIPTION the details and the
 * contacts' names. A cleared activity has STATUS:COMPLETED, so it stays in the calendar as what
 * happened; a private one has CLASS:PRIVATE.
 */
@Component
public class IcsWriter {

    static final String UID_SUFFIX = "@svyaz";
    private static final String PRODUCT = "-//Svyaz//Svyaz CRM//EN";
    private static final int MAX_LINE_OCTETS = 75;

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
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        for (Activity activity : activities) {
            calendar.add(event(activity, typeNames, contactNames, locale));
        }
        return folded(calendar);
    }

    /**
     * The calendar's text with lines longer than 75 octets folded as RFC 5545 (3.1) asks: ical4j
     * counts characters, which lets a Cyrillic line grow to 150 octets; this counts UTF-8 octets
     * and never splits a character. Written component by component: ical4j's own
     * {@code Calendar.toString()} joins thousands of events into one string and took half of a
     * feed's time.
     */
    static String folded(Calendar calendar) {
        List<CalendarComponent> components = calendar.getComponents();
        StringBuilder out = new StringBuilder(components.size() * 400);
        out.append("BEGIN:VCALENDAR\r\n");
        calendar.getProperties().forEach(property -> fold(property.toString(), out));
        components.forEach(component -> fold(component.toString(), out));
        return out.append("END:VCALENDAR\r\n").toString();
    }

    /** Appends the lines of the text (each ends with CRLF or LF) folded. */
    private static void fold(String text, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\r') {
                continue;
            }
            if (codePoint == '\n') {
                out.append("\r\n");
                octets = 0;
                continue;
            }
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
        }
    }

    private VEvent event(Activity activity, Map<String, String> typeNames, Map<UUID, String> contactNames, Locale locale) {
        VEvent event = new VEvent(false);
        event.add(new Uid(activity.id() + UID_SUFFIX));
        event.add(new Sequence((int) activity.version()));
        event.add(new DtStamp(activity.updatedAt().toInstant()));
        event.add(new Created(activity.createdAt().toInstant()));
        event.add(new LastModified(activity.updatedAt().toInstant()));
        addTimes(event, activity);
        if (activity.busy()) {
            event.add(new Summary(messages.getMessage("calendar.feed.busy", null, locale)));
            event.add(new Clazz(Clazz.VALUE_PRIVATE));
            return event;
        }
        String type = typeNames.getOrDefault(activity.type(), activity.type());
        event.add(new Summary(activity.regarding().isEmpty() ? type : type + ": " + activity.regarding()));
        String description = description(activity, contactNames, locale);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        if (activity.isPrivate()) {
            event.add(new Clazz(Clazz.VALUE_PRIVATE));
        }
        if (activity.cleared()) {
            event.add(new Status(Status.VALUE_COMPLETED));
        }
        return event;
    }

    /** A timeless activity is all-day; a timed one is in UTC, converted from the display zone. */
    private void addTimes(VEvent event, Activity activity) {
        if (activity.timeless()) {
            ParameterList date = new ParameterList(List.of(Value.DATE));
            event.add(new DtStart<>(date, activity.date()));
            event.add(new DtEnd<>(date, activity.date().plusDays(1)));
            return;
        }
        Instant start = startOf(activity, time.zone());
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(start.plusSeconds(activity.durationMinutes() * 60L)));
    }

    static Instant startOf(Activity activity, ZoneId zone) {
        return activity.date().atTime(activity.time()).atZone(zone).toInstant();
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
