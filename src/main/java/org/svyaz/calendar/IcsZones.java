package org.svyaz.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A time zone as an RFC 5545 VTIMEZONE, from Java's rules for it today: a zone that changes to
 * and from summer time by yearly rules has a STANDARD and a DAYLIGHT part with those rules, as an
 * RRULE where one can say it (the change falls on the rule's weekday by the wall clock) and as
 * RDATEs up to {@value #RDATES_UNTIL} otherwise; any other zone one STANDARD part at its present
 * standard offset (so a zone whose changes follow no yearly rule, as Casablanca's around Ramadan,
 * is said without them). Svyaz writes times as UTC instants, so nothing refers to this zone by
 * TZID: it says which zone the calendar is in, as X-WR-TIMEZONE does, and keeps a calendar without
 * events valid (RFC 5545 wants one component).
 */
final class IcsZones {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");
    /** No feed reaches further back than this. */
    private static final int FROM_YEAR = 1970;
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
            ZoneOffset offset = rules.getOffset(Instant.now());
            part(out, "STANDARD", LocalDateTime.of(FROM_YEAR, 1, 1, 0, 0), offset, offset, null);
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(FROM_YEAR);
            String kind = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
            part(out, kind, first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(), recurrence(rule, FROM_YEAR));
        }
        IcsWriter.line(out, "END:VTIMEZONE");
    }

    private static void part(StringBuilder out, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to, String more) {
        IcsWriter.line(out, "BEGIN:" + kind);
        IcsWriter.line(out, "DTSTART:" + LOCAL.format(start));
        if (more != null) {
            IcsWriter.line(out, more);
        }
        IcsWriter.line(out, "TZOFFSETFROM:" + OFFSET.format(from));
        IcsWriter.line(out, "TZOFFSETTO:" + OFFSET.format(to));
        IcsWriter.line(out, "END:" + kind);
    }

    /**
     * The rule's later changes: a yearly RRULE when each falls, by the wall clock, on the rule's
     * weekday among seven days of its month ("the first Sunday on or after the 8th" is the Sunday
     * among the 8th to the 14th, "on or before the last day" the last among the last seven); RDATEs
     * otherwise (Cairo's Friday that may be the 1st of the next month, Easter Island's change at
     * 04:00 UTC, which is Saturday evening there).
     */
    private static String recurrence(ZoneOffsetTransitionRule rule, int fromYear) {
        int day = rule.getDayOfMonthIndicator();
        boolean sayable = rule.getDayOfWeek() != null && (day < 0 || day + 6 <= rule.getMonth().minLength())
                && IntStream.rangeClosed(fromYear, RDATES_UNTIL).allMatch(year -> onItsDay(rule, year));
        if (!sayable) {
            return "RDATE:" + IntStream.rangeClosed(fromYear + 1, RDATES_UNTIL)
                    .mapToObj(year -> LOCAL.format(rule.createTransition(year).getDateTimeBefore())).collect(Collectors.joining(","));
        }
        IntStream days = day > 0 ? IntStream.rangeClosed(day, day + 6) : IntStream.rangeClosed(day - 6, day);
        return "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + DAYS.get(rule.getDayOfWeek().getValue() - 1)
                + ";BYMONTHDAY=" + days.mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    /** Whether the year's change is, by the wall clock before it, on the day the rule names. */
    private static boolean onItsDay(ZoneOffsetTransitionRule rule, int year) {
        int day = rule.getDayOfMonthIndicator();
        LocalDate named = day > 0 ? LocalDate.of(year, rule.getMonth(), day).with(TemporalAdjusters.nextOrSame(rule.getDayOfWeek()))
                : LocalDate.of(year, rule.getMonth(), 1).with(TemporalAdjusters.lastDayOfMonth()).plusDays(day + 1)
                        .with(TemporalAdjusters.previousOrSame(rule.getDayOfWeek()));
        LocalDateTime change = rule.createTransition(year).getDateTimeBefore();
        return change.toLocalDate().equals(named) && change.toLocalTime().equals(rule.createTransition(FROM_YEAR).getDateTimeBefore().toLocalTime());
    }
}
