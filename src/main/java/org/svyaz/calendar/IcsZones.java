package org.svyaz.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A time zone as an RFC 5545 VTIMEZONE, from Java's rules for it today: a zone that changes
 * to and from summer time by yearly rules has a STANDARD and a DAYLIGHT part with those rules as
 * RRULEs, any other one STANDARD part at its present offset. Svyaz writes times as UTC instants,
 * so nothing refers to this zone by TZID: it says which zone the calendar is in, as
 * X-WR-TIMEZONE does, and keeps a calendar without events valid (RFC 5545 wants one component).
 */
final class IcsZones {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");
    /** The yearly rules are written from this year on; no feed reaches further back. */
    private static final int RULES_FROM = 1970;
    private static final int RDATES_UNTIL = 2100;
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private IcsZones() {
    }

    static void write(StringBuilder out, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        IcsWriter.line(out, "BEGIN:VTIMEZONE");
        IcsWriter.line(out, "TZID:" + zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset now = rules.getOffset(java.time.Instant.now());
            part(out, "STANDARD", LocalDateTime.of(RULES_FROM, 1, 1, 0, 0), now, now, null);
        } else {
            for (ZoneOffsetTransitionRule rule : yearly) {
                ZoneOffsetTransition first = rule.createTransition(RULES_FROM);
                String kind = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
                part(out, kind, first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(), recurrence(rule));
            }
        }
        IcsWriter.line(out, "END:VTIMEZONE");
    }

    private static void part(StringBuilder out, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to, String rule) {
        IcsWriter.line(out, "BEGIN:" + kind);
        IcsWriter.line(out, "DTSTART:" + LOCAL.format(start));
        if (rule != null) {
            IcsWriter.line(out, rule);
        }
        IcsWriter.line(out, "TZOFFSETFROM:" + OFFSET.format(from));
        IcsWriter.line(out, "TZOFFSETTO:" + OFFSET.format(to));
        IcsWriter.line(out, "END:" + kind);
    }

    /**
     * The rule as a yearly RRULE. Java's "the first Sunday on or after the 8th" is the Sunday among
     * the 8th to the 14th; "on or before the last day" ({@code -1}) the last one among the last seven.
     * A rule whose day may fall into the next month (Cairo's "Friday on or after 26 October") has no
     * RRULE, so its changes are listed as RDATEs instead, up to {@link #RDATES_UNTIL}.
     */
    private static String recurrence(ZoneOffsetTransitionRule rule) {
        int day = rule.getDayOfMonthIndicator();
        String rrule = "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        if (rule.getDayOfWeek() == null) {
            return rrule + ";BYMONTHDAY=" + day;
        }
        if (day > 0 && day + 6 > rule.getMonth().minLength()) {
            return "RDATE:" + IntStream.rangeClosed(RULES_FROM + 1, RDATES_UNTIL)
                    .mapToObj(year -> LOCAL.format(rule.createTransition(year).getDateTimeBefore())).collect(Collectors.joining(","));
        }
        IntStream days = day > 0 ? IntStream.rangeClosed(day, day + 6) : IntStream.rangeClosed(day - 6, day);
        return rrule + ";BYDAY=" + DAYS.get(rule.getDayOfWeek().getValue() - 1) + ";BYMONTHDAY="
                + days.mapToObj(String::valueOf).collect(Collectors.joining(","));
    }
}
