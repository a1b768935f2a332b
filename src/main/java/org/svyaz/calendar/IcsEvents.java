package org.svyaz.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import org.svyaz.shell.InvalidInput;

/**
 * Reads the events of an .ics file as wall-clock times in the display zone, each recurring one
 * expanded into its occurrences (EXDATE honoured), capped at {@link #HORIZON_YEARS} years from
 * today (or from its start, if later) and {@link #MAX_OCCURRENCES} occurrences, with a note
 * saying so. A file over {@link #MAX_MEGABYTES} MB, not iCalendar (an unreadable rule included),
 * or making more than {@link #MAX_ACTIVITIES} activities is refused whole.
 */
final class IcsEvents {

    static final int MAX_MEGABYTES = 10;
    static final int MAX_OCCURRENCES = 1_000;
    static final int HORIZON_YEARS = 2;
    /** One import writes at most this many activities, so a file cannot keep the database busy for long. */
    static final int MAX_ACTIVITIES = 10_000;

    /** One event of the file: its occurrences, or the problem that keeps it out. */
    record ParsedEvent(String uid, String summary, String description, boolean isPrivate, List<LocalDateTime> starts,
            boolean timeless, Integer durationMinutes, Problem problem, Problem note) {
    }

    /** A message key and its arguments, put into words in the user's language by the caller. */
    record Problem(String messageKey, Object... arguments) {
    }

    /** Exception dates are compared with occurrences in one zone; which one does not matter. */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private IcsEvents() {
    }

    /** The file's events; a file that is too large or not iCalendar is refused as a whole. */
    static void checkSize(long size) {
        if (size <= 0) {
            throw InvalidInput.of("file", "error.ics.required");
        }
        if (size > MAX_MEGABYTES * 1024L * 1024L) {
            throw InvalidInput.of("file", "error.ics.tooLarge", MAX_MEGABYTES);
        }
    }

    static List<ParsedEvent> read(byte[] file, ZoneId zone, LocalDate today) {
        checkSize(file.length);
        List<ParsedEvent> events = new ArrayList<>();
        for (VEvent event : parse(file).<VEvent>getComponents(Component.VEVENT)) {
            events.add(read(event, zone, today));
        }
        if (events.stream().mapToLong(event -> event.starts().size()).sum() > MAX_ACTIVITIES) {
            throw InvalidInput.of("file", "error.ics.tooManyActivities", MAX_ACTIVITIES);
        }
        return events;
    }

    private static Calendar parse(byte[] file) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(file));
        } catch (ParserException | IOException | RuntimeException malformed) {
            throw InvalidInput.of("file", "error.ics.malformed", String.valueOf(malformed.getMessage()));
        }
    }

    private static ParsedEvent read(VEvent event, ZoneId zone, LocalDate today) {
        String uid = text(event, Property.UID);
        String summary = text(event, Property.SUMMARY);
        String description = text(event, Property.DESCRIPTION);
        String access = text(event, Property.CLASS);
        boolean isPrivate = "PRIVATE".equalsIgnoreCase(access) || "CONFIDENTIAL".equalsIgnoreCase(access);
        Optional<Property> start = event.getProperty(Property.DTSTART);
        if (start.isEmpty()) {
            return new ParsedEvent(uid, summary, description, isPrivate, List.of(), false, null, new Problem("error.ics.noStart"), null);
        }
        try {
            Temporal first = ((DateProperty<?>) start.get()).getDate();
            boolean timeless = first instanceof LocalDate;
            Integer minutes = timeless ? null : durationMinutes(event, first);
            List<Temporal> occurrences = new ArrayList<>(List.of(first));
            Problem note = null;
            Optional<Property> rule = event.getProperty(Property.RRULE);
            if (rule.isPresent()) {
                Expansion expansion = expand(((RRule<?>) rule.get()).getRecur(), first, zone, today);
                occurrences = without(expansion.dates(), exceptions(event));
                note = expansion.note();
            }
            List<LocalDateTime> starts = occurrences.stream().map(date -> wallClock(date, zone)).toList();
            return new ParsedEvent(uid, summary, description, isPrivate, starts, timeless, minutes, null, note);
        } catch (RuntimeException unreadable) {
            return new ParsedEvent(uid, summary, description, isPrivate, List.of(), false, null,
                    new Problem("error.ics.badEvent", String.valueOf(unreadable.getMessage())), null);
        }
    }

    private record Expansion(List<Temporal> dates, Problem note) {
    }

    /** The rule's dates up to the horizon, at most MAX_OCCURRENCES; a note when the rule went further. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expansion expand(Recur recur, Temporal first, ZoneId zone, LocalDate today) {
        LocalDate startDate = wallClock(first, zone).toLocalDate();
        LocalDate horizon = (startDate.isAfter(today) ? startDate : today).plusYears(HORIZON_YEARS);
        Temporal end = first.plus(ChronoUnit.DAYS.between(startDate, horizon), ChronoUnit.DAYS);
        List<Temporal> dates = new ArrayList<>(recur.getDates(first, first, end, MAX_OCCURRENCES + 1));
        boolean endless = recur.getCount() < 1 && recur.getUntil() == null;
        boolean pastHorizon = recur.getUntil() != null && wallClock(recur.getUntil(), zone).toLocalDate().isAfter(horizon);
        boolean tooMany = dates.size() > MAX_OCCURRENCES || recur.getCount() > dates.size();
        if (dates.size() > MAX_OCCURRENCES) {
            dates = dates.subList(0, MAX_OCCURRENCES);
        }
        Problem note = endless || pastHorizon || tooMany
                ? new Problem("calendar.import.capped", dates.size(), dates.isEmpty() ? horizon : wallClock(dates.get(dates.size() - 1), zone).toLocalDate())
                : null;
        return new Expansion(dates, note);
    }

    private static Set<LocalDateTime> exceptions(VEvent event) {
        Set<LocalDateTime> excluded = new HashSet<>();
        for (Property exception : event.getProperties(Property.EXDATE)) {
            for (Object date : ((DateListProperty<?>) exception).getDates()) {
                excluded.add(wallClock((Temporal) date, UTC));
            }
        }
        return excluded;
    }

    private static List<Temporal> without(List<Temporal> dates, Set<LocalDateTime> excluded) {
        if (excluded.isEmpty()) {
            return dates;
        }
        return dates.stream().filter(date -> !excluded.contains(wallClock(date, UTC))).toList();
    }

    /** DTEND or DURATION in minutes; none means the activity type's default. */
    private static Integer durationMinutes(VEvent event, Temporal start) {
        Optional<Property> end = event.getProperty(Property.DTEND);
        if (end.isPresent()) {
            return (int) Duration.between(instant(start), instant(((DateProperty<?>) end.get()).getDate())).toMinutes();
        }
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration();
            return amount instanceof java.time.Period days ? days.getDays() * 24 * 60 : (int) Duration.from(amount).toMinutes();
        }
        return null;
    }

    /** A floating time is taken as typed; one with a zone or in UTC is moved into the display zone. */
    static LocalDateTime wallClock(Temporal date, ZoneId zone) {
        if (date instanceof LocalDate day) {
            return day.atStartOfDay();
        }
        if (date instanceof LocalDateTime floating) {
            return floating;
        }
        return LocalDateTime.ofInstant(instant(date), zone);
    }

    private static Instant instant(Temporal date) {
        if (date instanceof Instant instant) {
            return instant;
        }
        if (date instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (date instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (date instanceof LocalDateTime floating) {
            return floating.toInstant(java.time.ZoneOffset.UTC);
        }
        return ((LocalDate) date).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).map(String::strip).orElse("");
    }
}
