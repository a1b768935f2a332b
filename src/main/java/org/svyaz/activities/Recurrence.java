package org.svyaz.activities;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.svyaz.shell.FieldErrors;

/**
 * How an activity repeats: every {@code every} days, weeks (on {@code weekdays}, the start's
 * weekday when empty), months (on the start's day, or on its nth weekday) or years, until a
 * date or for a number of times, whichever comes first.
 *
 * <p>Month ends: a series on the 29th–31st falls on the last day of a month that is shorter
 * (31 January, 28/29 February, 31 March...), as in ACT! and Outlook; a yearly series on
 * 29 February falls on 28 February in other years. {@code weekOfMonth} is 1–4, or -1 for the
 * last such weekday of the month; when null, it is taken from the start date (a start in the
 * month's last seven days that is not in its first four weeks means "last").
 *
 * @param until the last date an occurrence may fall on, or null
 * @param count how many occurrences, or null
 */
public record Recurrence(Frequency frequency, int every, Set<DayOfWeek> weekdays, MonthlyBy monthlyBy, Integer weekOfMonth,
        LocalDate until, Integer count) {

    /** No series grows beyond this many occurrences: each one is a row of its own. */
    public static final int MAX_OCCURRENCES = 1000;
    private static final int MAX_EVERY = 99;

    /** Finds the rule's problems (fields named as the API's {@code recurrence.*}). */
    public void check(LocalDate start, FieldErrors errors) {
        if (frequency == null) {
            errors.add("recurrence.frequency", "error.required");
            return;
        }
        if (every < 1 || every > MAX_EVERY) {
            errors.add("recurrence.every", "error.recurrence.every", MAX_EVERY);
        }
        if (until == null && count == null) {
            errors.add("recurrence.until", "error.recurrence.end");
        }
        if (until != null && start != null && until.isBefore(start)) {
            errors.add("recurrence.until", "error.recurrence.untilBeforeStart");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            errors.add("recurrence.count", "error.recurrence.tooMany", MAX_OCCURRENCES);
        }
        if (weekOfMonth != null && (weekOfMonth == 0 || weekOfMonth < -1 || weekOfMonth > 4)) {
            errors.add("recurrence.weekOfMonth", "error.recurrence.weekOfMonth");
        }
        if (errors.isEmpty() && start != null && tooMany(start)) {
            errors.add("recurrence.until", "error.recurrence.tooMany", MAX_OCCURRENCES);
        }
    }

    private boolean tooMany(LocalDate start) {
        return expand(start, MAX_OCCURRENCES + 1).size() > MAX_OCCURRENCES;
    }

    /** The dates of the occurrences, the first on or after {@code start}; at most {@link #MAX_OCCURRENCES} + 1. */
    public List<LocalDate> dates(LocalDate start) {
        return expand(start, MAX_OCCURRENCES + 1);
    }

    private List<LocalDate> expand(LocalDate start, int limit) {
        int wanted = count == null ? limit : Math.min(count, limit);
        List<LocalDate> dates = new ArrayList<>();
        for (long period = 0; dates.size() < wanted; period += every) {
            List<LocalDate> candidates = datesInPeriod(start, period);
            if (candidates.isEmpty()) {
                break;
            }
            for (LocalDate date : candidates) {
                if (until != null && date.isAfter(until) || dates.size() >= wanted) {
                    return dates;
                }
                if (!date.isBefore(start)) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }

    /** The dates in the period that lies {@code period} days, weeks, months or years after the start's; empty past year 9999. */
    private List<LocalDate> datesInPeriod(LocalDate start, long period) {
        try {
            return switch (frequency) {
                case DAILY -> within(List.of(start.plusDays(period)));
                case WEEKLY -> weekly(start, period);
                case MONTHLY -> within(List.of(monthly(start, YearMonth.from(start).plusMonths(period))));
                case YEARLY -> within(List.of(sameDayClamped(start, YearMonth.of(Math.addExact(start.getYear(), (int) period),
                        start.getMonth()))));
            };
        } catch (DateTimeException | ArithmeticException pastTheCalendar) {
            return List.of();
        }
    }

    private static List<LocalDate> within(List<LocalDate> dates) {
        return dates.stream().allMatch(date -> date.getYear() <= 9999) ? dates : List.of();
    }

    private List<LocalDate> weekly(LocalDate start, long period) {
        LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(period);
        SortedSet<DayOfWeek> days = new TreeSet<>(weekdays == null || weekdays.isEmpty() ? Set.of(start.getDayOfWeek()) : weekdays);
        return within(days.stream().map(day -> monday.plusDays(day.getValue() - 1L)).toList());
    }

    private LocalDate monthly(LocalDate start, YearMonth month) {
        if (monthlyBy != MonthlyBy.WEEKDAY_OF_MONTH) {
            return sameDayClamped(start, month);
        }
        int week = weekOfMonth != null ? weekOfMonth : weekOfMonthOf(start);
        DayOfWeek day = start.getDayOfWeek();
        return week == -1
                ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, day));
    }

    /** The start's week of its month: 1–4, or -1 when it falls in the fifth week (the last such weekday). */
    public static int weekOfMonthOf(LocalDate date) {
        int week = (date.getDayOfMonth() - 1) / 7 + 1;
        return week > 4 ? -1 : week;
    }

    private static LocalDate sameDayClamped(LocalDate start, YearMonth month) {
        return month.atDay(Math.min(start.getDayOfMonth(), month.lengthOfMonth()));
    }
}
