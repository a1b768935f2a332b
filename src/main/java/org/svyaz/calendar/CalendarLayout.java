package org.svyaz.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityTimes;

/**
 * Where activities go on the calendar's pages (SPEC K1–K3), worked out apart from any page so
 * that it can be tested alone. A timed activity occupies the minutes from its start to its end
 * on each day it touches (it may run past midnight, or for days); overlapping ones stand side by
 * side, each cluster of overlaps sharing the day's width. A timeless activity belongs to the band
 * at the top of its day (or days, when its duration covers several). In the month, an activity that
 * touches several days is a bar across them, cut at the week's ends.
 */
public final class CalendarLayout {

    private static final int DAY_MINUTES = 24 * 60;

    private CalendarLayout() {
    }

    /** A timed activity's piece on one day: minutes from midnight, and its column among overlaps. */
    public record Placed(Activity activity, int startMinute, int endMinute, int column, int columns, boolean continuesBefore,
            boolean continuesAfter) {

        public double leftPercent() {
            return 100.0 * column / columns;
        }

        public double widthPercent() {
            return 100.0 / columns;
        }
    }

    /** One day of the daily or weekly view: its timeless band and its placed timed activities. */
    public record Day(LocalDate date, List<Activity> timeless, List<Placed> timed) {
    }

    /** A week row of the monthly view: its seven dates, the bars of activities longer than a day, and each day's others. */
    public record MonthWeek(List<LocalDate> dates, List<Bar> bars, List<List<Activity>> days) {

        /** How many lanes of bars the row has: each of its days keeps that much room above its own activities. */
        public int lanes() {
            return bars.stream().mapToInt(bar -> bar.lane() + 1).max().orElse(0);
        }
    }

    /**
     * An activity across several days of a week row, from column {@code first} for {@code span} days, in lane {@code lane};
     * {@code continuesBefore}/{@code continuesAfter} when it began in an earlier week or goes on into a later one.
     */
    public record Bar(Activity activity, int first, int span, int lane, boolean continuesBefore, boolean continuesAfter) {
    }

    public static Day day(LocalDate date, List<Activity> activities) {
        return day(date, activities, 1);
    }

    /**
     * A day whose timed activities are drawn at least {@code shortestMinutes} tall (a slot of the
     * page, so that a short one's time and text can be read): those that would then cover one
     * another stand side by side, though their times do not overlap.
     */
    public static Day day(LocalDate date, List<Activity> activities, int shortestMinutes) {
        List<Activity> timeless = activities.stream().filter(a -> a.time() == null && covers(a, date))
                .sorted(Comparator.comparing(Activity::date).thenComparing(Comparator.comparingInt(Activity::durationMinutes).reversed())
                        .thenComparing(Activity::id)).toList();
        List<Placed> pieces = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.time() == null) {
                continue;
            }
            LocalDateTime start = activity.date().atTime(activity.time());
            LocalDateTime end = end(activity);
            LocalDateTime dayStart = date.atStartOfDay();
            LocalDateTime dayEnd = date.plusDays(1).atStartOfDay();
            if (!start.isBefore(dayEnd) || !end.isAfter(dayStart)) {
                continue;
            }
            int from = start.isBefore(dayStart) ? 0 : minutes(start.toLocalTime());
            int to = end.isAfter(dayEnd) ? DAY_MINUTES : minutes(end.toLocalTime());
            pieces.add(new Placed(activity, from, Math.max(to, from + 1), 0, 1, start.isBefore(dayStart), end.isAfter(dayEnd)));
        }
        return new Day(date, timeless, sideBySide(pieces, Math.max(1, shortestMinutes)));
    }

    /**
     * Overlapping pieces side by side: sorted by start (longer first on ties), each takes the
     * first column free at its start; a cluster of pieces that overlap one another, directly or
     * through others, shares the width between its columns. A piece counts as at least
     * {@code shortest} minutes long, as tall as it is drawn.
     */
    static List<Placed> sideBySide(List<Placed> pieces, int shortest) {
        List<Placed> sorted = pieces.stream().sorted(Comparator.comparingInt(Placed::startMinute)
                .thenComparing(Comparator.comparingInt(Placed::endMinute).reversed())
                .thenComparing(p -> p.activity().id())).toList();
        List<Placed> placed = new ArrayList<>();
        List<Placed> cluster = new ArrayList<>();
        List<Integer> columnEnds = new ArrayList<>();
        int clusterEnd = -1;
        for (Placed piece : sorted) {
            if (piece.startMinute() >= clusterEnd && !cluster.isEmpty()) {
                placed.addAll(withColumns(cluster, columnEnds.size()));
                cluster.clear();
                columnEnds.clear();
            }
            int column = 0;
            while (column < columnEnds.size() && columnEnds.get(column) > piece.startMinute()) {
                column++;
            }
            int drawnEnd = Math.max(piece.endMinute(), piece.startMinute() + shortest);
            if (column == columnEnds.size()) {
                columnEnds.add(drawnEnd);
            } else {
                columnEnds.set(column, drawnEnd);
            }
            cluster.add(new Placed(piece.activity(), piece.startMinute(), piece.endMinute(), column, 1, piece.continuesBefore(),
                    piece.continuesAfter()));
            clusterEnd = cluster.size() == 1 ? drawnEnd : Math.max(clusterEnd, drawnEnd);
        }
        placed.addAll(withColumns(cluster, columnEnds.size()));
        return placed;
    }

    private static List<Placed> withColumns(List<Placed> cluster, int columns) {
        return cluster.stream().map(p -> new Placed(p.activity(), p.startMinute(), p.endMinute(), p.column(), Math.max(1, columns),
                p.continuesBefore(), p.continuesAfter())).toList();
    }

    /** The weeks (Monday to Sunday) that show the month, with multi-day bars in lanes and the other activities per day. */
    public static List<MonthWeek> month(LocalDate anyDayOfMonth, List<Activity> activities) {
        LocalDate first = anyDayOfMonth.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = anyDayOfMonth.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<MonthWeek> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(week(monday, activities));
        }
        return weeks;
    }

    private static MonthWeek week(LocalDate monday, List<Activity> activities) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            dates.add(monday.plusDays(i));
        }
        LocalDate sunday = monday.plusDays(6);
        List<Bar> bars = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        List<List<Activity>> days = new ArrayList<>();
        dates.forEach(date -> days.add(new ArrayList<>()));
        List<Activity> ordered = activities.stream().sorted(Comparator.comparing(Activity::date)
                .thenComparing(a -> a.time() == null ? LocalTime.MIN : a.time()).thenComparing(Activity::id)).toList();
        for (Activity activity : ordered) {
            LocalDate firstDay = activity.date();
            LocalDate lastDay = lastDay(activity);
            if (lastDay.isBefore(monday) || firstDay.isAfter(sunday)) {
                continue;
            }
            if (firstDay.equals(lastDay)) {
                days.get((int) ChronoUnit.DAYS.between(monday, firstDay)).add(activity);
                continue;
            }
            int from = (int) Math.max(0, ChronoUnit.DAYS.between(monday, firstDay));
            int to = (int) Math.min(6, ChronoUnit.DAYS.between(monday, lastDay));
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) >= from) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(to);
            } else {
                laneEnds.set(lane, to);
            }
            bars.add(new Bar(activity, from, to - from + 1, lane, firstDay.isBefore(monday), lastDay.isAfter(sunday)));
        }
        return new MonthWeek(dates, bars, days);
    }

    /** Whether the activity touches the date. */
    public static boolean covers(Activity activity, LocalDate date) {
        return !activity.date().isAfter(date) && !lastDay(activity).isBefore(date);
    }

    /** The last day the activity touches: its end's day, or the day before when it ends at midnight. */
    public static LocalDate lastDay(Activity activity) {
        return lastDay(new ActivityTimes(activity.date(), activity.time(), activity.durationMinutes()));
    }

    public static LocalDate lastDay(ActivityTimes times) {
        if (times.time() == null) {
            long days = Math.max(1, (times.durationMinutes() + DAY_MINUTES - 1) / DAY_MINUTES);
            return times.date().plusDays(days - 1);
        }
        LocalDateTime end = end(times.date(), times.time(), times.durationMinutes());
        LocalDate endDay = end.toLocalDate();
        return end.toLocalTime().equals(LocalTime.MIDNIGHT) && endDay.isAfter(times.date()) ? endDay.minusDays(1) : endDay;
    }

    private static LocalDateTime end(Activity activity) {
        return end(activity.date(), activity.time(), activity.durationMinutes());
    }

    private static LocalDateTime end(LocalDate date, LocalTime time, int durationMinutes) {
        // a zero-length activity still shows, as one minute
        return date.atTime(time).plusMinutes(Math.max(1, durationMinutes));
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
