package org.svyaz.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistryImpl;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Trigger;
import org.svyaz.shell.InvalidInput;

/**
 * Reads the events of an .ics file as wall-clock times in the display zone, each recurring one
 * expanded into its occurrences (EXDATE honoured, and the dates that events of the same UID with a
 * RECURRENCE-ID replace), capped at {@link #HORIZON_YEARS} years from
 * today (or from its start, if later) and {@link #MAX_OCCURRENCES} occurrences, with a note
 * saying so. A file over {@link #MAX_MEGABYTES} MB, not iCalendar (an unreadable rule included),
 * or making more than {@link #MAX_ACTIVITIES} activities is refused whole.
 *
 * <p>A time with a TZID is read by the file's VTIMEZONE of that name (as RFC 5545 asks), or, when
 * the file has none, by the IANA zone of that name, DST included ({@link Zones}). An all-day event lasts its days
 * (DTEND or DURATION), a timeless activity of as many days. The first VALARM whose TRIGGER falls
 * before the start (relative to it or to the end, or an instant) gives the alarm's minutes; one
 * after the start rings at the start, as an alarm here cannot ring later.
 */
final class IcsEvents {

    static final int MAX_MEGABYTES = 10;
    static final int MAX_OCCURRENCES = 1_000;
    static final int HORIZON_YEARS = 2;
    /** One import writes at most this many activities, so a file cannot keep the database busy for long. */
    static final int MAX_ACTIVITIES = 10_000;

    /**
     * One event of the file: its occurrences, or the problem that keeps it out.
     *
     * @param key what the activities it makes are found by when the file is imported again: its UID,
     *     with the RECURRENCE-ID of an event that replaces an occurrence; empty when it has no UID
     */
    record ParsedEvent(String uid, String key, String summary, String description, boolean isPrivate, List<LocalDateTime> starts,
            boolean timeless, Integer durationMinutes, Integer alarmMinutes, Problem problem, Problem note) {
    }

    /** A message key and its arguments, put into words in the user's language by the caller. */
    record Problem(String messageKey, Object... arguments) {
    }

    /** Exception dates are compared with occurrences in one zone; which one does not matter. */
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final int DAY_MINUTES = 24 * 60;
    private static final Pattern ZONE_DEFINITION = Pattern.compile("(?m)^TZID:(.*?)\\r?$");
    /** Longer UIDs are kept as their hash, so that they still find their activities. */
    private static final int MAX_KEY = 1000;

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
        List<VEvent> all = parse(file).getComponents(Component.VEVENT);
        Map<String, Set<LocalDateTime>> replaced = replacedOccurrences(all);
        List<ParsedEvent> events = new ArrayList<>();
        for (VEvent event : all) {
            events.add(read(event, zone, today, replaced.getOrDefault(text(event, Property.UID), Set.of())));
        }
        if (events.stream().mapToLong(event -> event.starts().size()).sum() > MAX_ACTIVITIES) {
            throw InvalidInput.of("file", "error.ics.tooManyActivities", MAX_ACTIVITIES);
        }
        return events;
    }

    private static Calendar parse(byte[] file) {
        try {
            return new CalendarBuilder(new Zones(definedZones(file))).build(new ByteArrayInputStream(file));
        } catch (ParserException | IOException | RuntimeException malformed) {
            throw InvalidInput.of("file", "error.ics.malformed", String.valueOf(malformed.getMessage()));
        }
    }

    /** The occurrences (in UTC) that events with a RECURRENCE-ID replace, by UID: their series leaves them out. */
    private static Map<String, Set<LocalDateTime>> replacedOccurrences(List<VEvent> events) {
        Map<String, Set<LocalDateTime>> replaced = new HashMap<>();
        for (VEvent event : events) {
            Optional<Property> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
            if (recurrenceId.isPresent()) {
                try {
                    replaced.computeIfAbsent(text(event, Property.UID), uid -> new HashSet<>())
                            .add(wallClock(((DateProperty<?>) recurrenceId.get()).getDate(), UTC));
                } catch (RuntimeException unreadable) {
                    // the replacing event reports its own unreadable dates; its series stays whole
                }
            }
        }
        return replaced;
    }

    private static ParsedEvent read(VEvent event, ZoneId zone, LocalDate today, Set<LocalDateTime> replaced) {
        String uid = text(event, Property.UID);
        String key = key(uid, event.getProperty(Property.RECURRENCE_ID).map(Property::getValue).orElse(null));
        String summary = text(event, Property.SUMMARY);
        if (event.getProperty(IcsWriter.CLEARED_PROPERTY).isPresent() && summary.startsWith(IcsWriter.CLEARED_MARK)) {
            // exported here as cleared: the mark is not part of what it is about
            summary = summary.substring(IcsWriter.CLEARED_MARK.length());
        }
        String description = text(event, Property.DESCRIPTION);
        String access = text(event, Property.CLASS);
        boolean isPrivate = "PRIVATE".equalsIgnoreCase(access) || "CONFIDENTIAL".equalsIgnoreCase(access);
        Optional<Property> start = event.getProperty(Property.DTSTART);
        if (start.isEmpty()) {
            return new ParsedEvent(uid, key, summary, description, isPrivate, List.of(), false, null, null,
                    new Problem("error.ics.noStart"), null);
        }
        try {
            Temporal first = ((DateProperty<?>) start.get()).getDate();
            boolean timeless = first instanceof LocalDate;
            Integer minutes = durationMinutes(event, first);
            List<Temporal> occurrences = new ArrayList<>(List.of(first));
            Problem note = null;
            Optional<Property> rule = event.getProperty(Property.RRULE);
            if (rule.isPresent()) {
                Expansion expansion = expand(((RRule<?>) rule.get()).getRecur(), first, zone, today);
                Set<LocalDateTime> excluded = exceptions(event);
                excluded.addAll(replaced);
                occurrences = without(expansion.dates(), excluded);
                note = expansion.note();
            }
            List<LocalDateTime> starts = occurrences.stream().map(date -> wallClock(date, zone)).toList();
            return new ParsedEvent(uid, key, summary, description, isPrivate, starts, timeless, minutes,
                    alarmMinutes(event, first, minutes), null, note);
        } catch (RuntimeException unreadable) {
            Problem problem = unreadable instanceof UnknownZone unknown ? new Problem("error.ics.unknownZone", unknown.tzid)
                    : new Problem("error.ics.badEvent", String.valueOf(unreadable.getMessage()));
            return new ParsedEvent(uid, key, summary, description, isPrivate, List.of(), false, null, null, problem, null);
        }
    }

    /** The UID, with the RECURRENCE-ID when there is one; a very long one as its hash. */
    private static String key(String uid, String recurrenceId) {
        if (uid.isEmpty()) {
            return "";
        }
        String key = recurrenceId == null ? uid : uid + ";RECURRENCE-ID=" + recurrenceId;
        return key.length() <= MAX_KEY ? key : "sha256:" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A TZID that neither the file's VTIMEZONEs nor the IANA database know. */
    private static final class UnknownZone extends RuntimeException {
        private final String tzid;

        UnknownZone(String tzid, Throwable cause) {
            super(tzid, cause);
            this.tzid = tzid;
        }
    }

    /**
     * ical4j's zones, but for a TZID that no VTIMEZONE of the file defines: that is read as an IANA
     * zone by Java's own rules, as ical4j's copies of those are older (Vladivostok an hour off) and
     * it would fetch newer ones over the network. A VTIMEZONE of the file is read by ical4j, as
     * RFC 5545 asks, whatever its name.
     */
    private static final class Zones extends TimeZoneRegistryImpl {

        private final Set<String> defined;

        Zones(Set<String> defined) {
            this.defined = defined;
        }

        @Override
        public ZoneId getZoneId(String tzid) {
            if (defined.contains(tzid)) {
                return super.getZoneId(tzid);
            }
            try {
                return ZoneId.of(tzid);
            } catch (DateTimeException unknown) {
                throw new UnknownZone(tzid, unknown);
            }
        }
    }

    /**
     * The TZIDs of the file's VTIMEZONEs, found before ical4j reads the file so that its zones
     * are known however the file orders its components. Only a VTIMEZONE has a TZID property
     * (elsewhere TZID is a parameter: "DTSTART;TZID=...").
     */
    private static Set<String> definedZones(byte[] file) {
        String unfolded = new String(file, StandardCharsets.UTF_8).replaceAll("\\r?\\n[ \\t]", "");
        Set<String> zones = new HashSet<>();
        Matcher definition = ZONE_DEFINITION.matcher(unfolded);
        while (definition.find()) {
            zones.add(definition.group(1).strip());
        }
        return zones;
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

    /**
     * DTEND or DURATION in minutes (an all-day event's in whole days, so that its activity spans
     * them); none means the activity type's default (an all-day event: its one day).
     */
    private static Integer durationMinutes(VEvent event, Temporal start) {
        Optional<Property> end = event.getProperty(Property.DTEND);
        if (end.isPresent()) {
            Temporal last = ((DateProperty<?>) end.get()).getDate();
            if (start instanceof LocalDate firstDay && last instanceof LocalDate endDay) {
                return (int) ChronoUnit.DAYS.between(firstDay, endDay) * DAY_MINUTES;
            }
            return (int) Duration.between(instant(start), instant(last)).toMinutes();
        }
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            return minutes(((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration());
        }
        return null;
    }

    /** An iCalendar duration in minutes; its days and weeks (a Period) of 24 hours. */
    private static int minutes(TemporalAmount amount) {
        return amount instanceof Period days ? days.getDays() * DAY_MINUTES : (int) Duration.from(amount).toMinutes();
    }

    /**
     * The minutes before the start at which the event's first VALARM rings; null when it has none.
     * A trigger after the start rings at it (0).
     */
    private static Integer alarmMinutes(VEvent event, Temporal start, Integer durationMinutes) {
        for (VAlarm alarm : event.getAlarms()) {
            Optional<Trigger> trigger = alarm.getProperty(Property.TRIGGER);
            if (trigger.isEmpty()) {
                continue;
            }
            long before;
            if (trigger.get().getDate() != null) {
                before = Duration.between(trigger.get().getDate(), instant(start)).toMinutes();
            } else {
                boolean fromEnd = trigger.get().getParameter(Parameter.RELATED).map(Parameter::getValue).filter("END"::equalsIgnoreCase)
                        .isPresent();
                before = -minutes(trigger.get().getDuration()) - (fromEnd && durationMinutes != null ? durationMinutes : 0);
            }
            return (int) Math.max(0, before);
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

    private static String text(Component event, String property) {
        return event.getProperty(property).map(Property::getValue).map(String::strip).orElse("");
    }
}
