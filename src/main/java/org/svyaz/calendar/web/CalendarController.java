package org.svyaz.calendar.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityTimes;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.activities.CalendarSharing;
import org.svyaz.activities.DateRange;
import org.svyaz.activities.Priority;
import org.svyaz.activities.ScheduledActivity;
import org.svyaz.activities.TaskListFilter;
import org.svyaz.calendar.CalendarLayout;
import org.svyaz.calendar.IcsWriter;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.ReturnAddress;
import org.svyaz.users.AuditTrail;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The calendar (SPEC K1–K8): a day, a week (5 or 7 days) or a month of the chosen users'
 * activities, with the three-month mini-calendar, moving back and forward, and the task list's
 * filters. Several users' calendars stand side by side in the day and week views, each in its
 * colour. Another user's private activity shows as "busy".
 */
@Controller
class CalendarController {

    /** More than this many activities in one view are not drawn; the page says so. */
    private static final int MOST = 2000;
    private static final List<Integer> SLOTS = List.of(15, 30, 60);
    /** The colours of users' calendars side by side: distinct from one another and readable on white. */
    private static final List<String> USER_COLOURS = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
            "#8c564b", "#e377c2");

    private final ActivityManagement activities;
    private final ActivityTypeManagement types;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final CalendarSharing sharing;
    private final IcsWriter ics;
    private final LocalTime workStart;
    private final LocalTime workEnd;
    private final DisplayTime time;
    private final AuditTrail auditTrail;

    CalendarController(ActivityManagement activities, ActivityTypeManagement types, ContactManagement contacts, UserManagement users,
            CalendarSharing sharing, IcsWriter ics, DisplayTime time, AuditTrail auditTrail, @Value("${svyaz.calendar.work-start:08:00}") LocalTime workStart, @Value("${svyaz.calendar.work-end:19:00}") LocalTime workEnd) {
        this.activities = activities;
        this.types = types;
        this.contacts = contacts;
        this.users = users;
        this.sharing = sharing;
        this.ics = ics;
        this.workStart = workStart;
        this.workEnd = workEnd;
        this.time = time;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(defaultValue = "week") String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "30") int slot, @RequestParam(defaultValue = "7") int days,
            @RequestParam(name = "type", required = false) Set<String> typeCodes,
            @RequestParam(name = "priority", required = false) Set<Priority> priorities,
            @RequestParam(defaultValue = "false") boolean cleared, @RequestParam(name = "user", required = false) List<String> userNames,
            Model model) {
        Shown shown = shown(view, date, days, typeCodes, priorities, cleared, userNames);
        List<Activity> found = shown.activities();
        LocalDate day = shown.day();
        CurrentUser me = users.current();
        List<User> viewable = sharing.viewableCalendars();
        List<User> columnsOf = shown.owners(viewable, me);
        Map<UUID, String> colours = colours(columnsOf);
        int slotMinutes = SLOTS.contains(slot) ? slot : 30;

        model.addAttribute("view", shown.view().name().toLowerCase());
        model.addAttribute("day", day);
        model.addAttribute("from", shown.from());
        model.addAttribute("to", shown.to());
        model.addAttribute("slot", slotMinutes);
        model.addAttribute("days", shown.weekDays());
        model.addAttribute("filter", shown.filter());
        model.addAttribute("tooMany", found.size() >= MOST);
        model.addAttribute("previous", shown.view().previous(day));
        model.addAttribute("next", shown.view().next(day));
        model.addAttribute("today", activities.today());
        model.addAttribute("workStart", workStart.getHour() * 60 + workStart.getMinute());
        model.addAttribute("workEnd", workEnd.getHour() * 60 + workEnd.getMinute());
        model.addAttribute("types", types.all());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("slots", SLOTS);
        model.addAttribute("viewable", viewable);
        model.addAttribute("shownUsers", columnsOf);
        model.addAttribute("colours", columnsOf.size() > 1 ? colours : Map.of());
        model.addAttribute("userNames", users.userNames(found.stream().map(Activity::ownerId).collect(Collectors.toSet())));
        model.addAttribute("withWhom", withWhom(found));
        model.addAttribute("movable", movable(found));
        if (shown.view() == CalendarView.MONTH) {
            model.addAttribute("weeks", CalendarLayout.month(day, found));
        } else {
            model.addAttribute("columns", columns(shown, columnsOf, colours, slotMinutes));
        }
        model.addAttribute("miniMonths", miniMonths(day, shown.filter()));
        model.addAttribute("query", "&slot=" + slotMinutes + "&days=" + shown.weekDays() + shown.filter().query());
        model.addAttribute("usersQuery", shown.filter().usersQuery());
        return "calendar/calendar";
    }

    /** The activities of the view as an iCalendar file: what the page shows, another user's private ones as "busy". */
    @GetMapping("/calendar/export.ics")
    ResponseEntity<String> export(@RequestParam(defaultValue = "week") String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "7") int days, @RequestParam(name = "type", required = false) Set<String> typeCodes,
            @RequestParam(name = "priority", required = false) Set<Priority> priorities,
            @RequestParam(defaultValue = "false") boolean cleared, @RequestParam(name = "user", required = false) List<String> userNames) {
        Shown shown = shown(view, date, days, typeCodes, priorities, cleared, userNames);
        String name = "calendar-" + shown.from() + "-" + shown.to();
        String file = ics.write(shown.activities(), LocaleContextHolder.getLocale(), users.current().fullName());
        auditTrail.exported("activity", null, name + ".ics: " + shown.activities().size());
        return IcsFiles.download(name, file);
    }

    /** What a view shows: its dates, its filter and the activities that may appear in it. */
    private Shown shown(String view, LocalDate date, int days, Set<String> typeCodes, Set<Priority> priorities, boolean cleared,
            List<String> userNames) {
        CalendarView shown = CalendarView.of(view);
        LocalDate day = date == null ? activities.today() : date;
        int weekDays = days == 5 ? 5 : 7;
        LocalDate from = shown.first(day);
        LocalDate to = shown.last(day, weekDays);
        Filter filter = new Filter(typeCodes == null ? Set.of() : typeCodes, priorities == null ? Set.of() : priorities, cleared,
                userNames == null ? List.of() : userNames);
        return new Shown(shown, day, from, to, weekDays, filter, activitiesBetween(from, to, filter));
    }

    /**
     * The day and week views' columns: a column a day, or, with several users' calendars, a
     * column a day for each user side by side, in the user's colour. An activity is drawn at least
     * a slot tall, so that a short one can be read.
     */
    private List<Column> columns(Shown shown, List<User> owners, Map<UUID, String> colours, int slotMinutes) {
        Map<UUID, Boolean> schedulable = owners.stream().collect(Collectors.toMap(User::id, owner -> sharing.mayScheduleFor(owner.id())));
        Map<UUID, List<Activity>> byOwner = shown.activities().stream().collect(Collectors.groupingBy(Activity::ownerId));
        List<Column> columns = new ArrayList<>();
        for (LocalDate d = shown.from(); !d.isAfter(shown.to()); d = d.plusDays(1)) {
            if (owners.size() == 1) {
                columns.add(new Column(CalendarLayout.day(d, shown.activities(), slotMinutes), null, null, schedulable.get(owners.get(0).id())));
                continue;
            }
            for (User owner : owners) {
                List<Activity> theirs = byOwner.getOrDefault(owner.id(), List.of());
                columns.add(new Column(CalendarLayout.day(d, theirs, slotMinutes), owner, colours.get(owner.id()), schedulable.get(owner.id())));
            }
        }
        return columns;
    }

    /** Each shown user's colour, in the order they are shown. */
    private static Map<UUID, String> colours(List<User> owners) {
        Map<UUID, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            colours.put(owners.get(i).id(), USER_COLOURS.get(i % USER_COLOURS.size()));
        }
        return colours;
    }

    /** The activities the user may drag to another time: open ones they may change. */
    private Set<UUID> movable(List<Activity> found) {
        return found.stream().filter(a -> !a.cleared() && activities.mayChange(a)).map(Activity::id).collect(Collectors.toSet());
    }

    /**
     * Reschedules an activity dragged (or moved with the keyboard) to another slot or day, then
     * shows the calendar again, warning of any overlap it now has.
     */
    @PostMapping("/calendar/move")
    String move(@RequestParam UUID activity, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time, @RequestParam long version,
            @RequestParam(defaultValue = "/calendar") String returnTo, RedirectAttributes redirect) {
        String back = ReturnAddress.checked(returnTo, "/calendar");
        ScheduledActivity moved = activities.move(activity, date, time, version);
        redirect.addFlashAttribute("moved", moved.activity().regarding());
        redirect.addFlashAttribute("conflicts", moved.conflicts().size());
        return "redirect:" + (back.startsWith("/calendar") ? back : "/calendar");
    }

    /** The three months of the mini-calendar around the shown day, each day marked that has an activity. */
    private List<MiniMonth> miniMonths(LocalDate day, Filter filter) {
        YearMonth middle = YearMonth.from(day);
        LocalDate first = middle.minusMonths(1).atDay(1);
        LocalDate last = middle.plusMonths(1).atEndOfMonth();
        Set<LocalDate> busy = new TreeSet<>();
        for (ActivityTimes times : activities.timesOf(filterFor(first, last, filter))) {
            for (LocalDate d = times.date(); !d.isAfter(CalendarLayout.lastDay(times)); d = d.plusDays(1)) {
                busy.add(d);
            }
        }
        List<MiniMonth> months = new ArrayList<>();
        for (YearMonth month = middle.minusMonths(1); !month.isAfter(middle.plusMonths(1)); month = month.plusMonths(1)) {
            months.add(MiniMonth.of(month, busy, activities.today(), day));
        }
        return months;
    }

    private List<Activity> activitiesBetween(LocalDate from, LocalDate to, Filter filter) {
        // drawn in the viewer's zone: a 10:00 call in Moscow is at 12:00 on a Yekaterinburg calendar
        ZoneId zone = time.zone();
        return activities.calendar(filterFor(from, to, filter), MOST).stream().map(activity -> activity.inZone(zone)).toList();
    }

    private static TaskListFilter filterFor(LocalDate from, LocalDate to, Filter filter) {
        return new TaskListFilter(filter.types(), filter.priorities(), DateRange.CUSTOM, from, to, filter.users(), false, filter.cleared(),
                "date", false);
    }

    /** Each activity's contacts by name, for its block and its tooltip; none for those without contacts. */
    private Map<UUID, String> withWhom(List<Activity> found) {
        Set<UUID> ids = found.stream().flatMap(a -> a.contactIds().stream()).collect(Collectors.toSet());
        Map<UUID, String> names = contacts.displayNames(ids);
        Map<UUID, String> withWhom = new HashMap<>();
        for (Activity activity : found) {
            String joined = activity.contactIds().stream().map(names::get).filter(Objects::nonNull).collect(Collectors.joining(", "));
            if (!joined.isEmpty()) {
                withWhom.put(activity.id(), joined);
            }
        }
        return withWhom;
    }

    /** What the calendar shows: the task list's filters. */
    record Filter(Set<String> types, Set<Priority> priorities, boolean cleared, List<String> users) {

        /**
         * The filter as a link's parameters, each after an {@code &}: the page's links carry it
         * from view to view. Built once here, since links built by the template cost more than
         * the rest of the page.
         */
        String query() {
            StringBuilder query = new StringBuilder("&cleared=").append(cleared);
            types.forEach(type -> query.append("&type=").append(encoded(type)));
            priorities.forEach(priority -> query.append("&priority=").append(priority.name()));
            return query.append(usersQuery()).toString();
        }

        /** The chosen users as a link's parameters, for links to a day that keep whose calendars. */
        String usersQuery() {
            return users.stream().map(user -> "&user=" + encoded(user)).collect(Collectors.joining());
        }

        private static String encoded(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** A view's dates and filter, and its activities (with those that began before it and run into it). */
    record Shown(CalendarView view, LocalDate day, LocalDate from, LocalDate to, int weekDays, Filter filter, List<Activity> activities) {

        /** Whose calendars: the chosen users in the order chosen, the current user when none is. */
        List<User> owners(List<User> viewable, CurrentUser me) {
            Map<String, User> byName = viewable.stream().collect(Collectors.toMap(User::userName, u -> u));
            List<User> chosen = filter.users().stream().distinct().map(byName::get).filter(Objects::nonNull).toList();
            return chosen.isEmpty() ? viewable.stream().filter(u -> u.id().equals(me.id())).toList() : chosen;
        }
    }

    /**
     * A column of the day or week view: a day of one calendar. {@code owner} and {@code colour}
     * are set where several users' calendars stand side by side.
     */
    record Column(CalendarLayout.Day day, User owner, String colour, boolean schedulable) {

        public LocalDate date() {
            return day.date();
        }

        public List<Activity> timeless() {
            return day.timeless();
        }

        public List<CalendarLayout.Placed> timed() {
            return day.timed();
        }

        // what the page writes for each column, worked out here: a week of several users has dozens of columns

        public String domId() {
            return "day-" + date() + (owner == null ? "" : "-" + owner.userName());
        }

        public String userName() {
            return owner == null ? null : owner.userName();
        }

        public String userStyle() {
            return owner == null ? null : "--user-colour:" + colour;
        }

        public String headCss(LocalDate today) {
            return "calendar-day-head" + (date().equals(today) ? " today" : "") + (owner == null ? "" : " user-column");
        }

        public String heading(Locale locale) {
            return date().format(DateTimeFormatter.ofPattern("EEE dd.MM", locale));
        }
    }

    /** A month of the mini-calendar: its weeks, Monday first, null outside the month. */
    record MiniMonth(YearMonth month, List<List<LocalDate>> weeks, Set<LocalDate> busy, LocalDate today, LocalDate chosen) {

        static MiniMonth of(YearMonth month, Set<LocalDate> busy, LocalDate today, LocalDate chosen) {
            List<List<LocalDate>> weeks = new ArrayList<>();
            LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (; !monday.isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
                List<LocalDate> week = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    LocalDate d = monday.plusDays(i);
                    week.add(YearMonth.from(d).equals(month) ? d : null);
                }
                weeks.add(week);
            }
            return new MiniMonth(month, weeks, busy, today, chosen);
        }

        /** A day's classes: busy (it has an activity), today, the chosen day. */
        public String css(LocalDate date) {
            return (busy.contains(date) ? "fw-bold busy " : "") + (date.equals(today) ? "today " : "") + (date.equals(chosen) ? "chosen" : "");
        }

        public String label(Locale locale) {
            return month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        }
    }

    /** The calendar's views and how far each moves back and forward. */
    enum CalendarView {
        DAY, WEEK, MONTH;

        static CalendarView of(String name) {
            return EnumSet.allOf(CalendarView.class).stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst().orElse(WEEK);
        }

        LocalDate first(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            };
        }

        LocalDate last(LocalDate day, int weekDays) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> first(day).plusDays(weekDays - 1);
                case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            };
        }

        LocalDate previous(LocalDate day) {
            return switch (this) {
                case DAY -> day.minusDays(1);
                case WEEK -> day.minusWeeks(1);
                case MONTH -> day.minusMonths(1);
            };
        }

        LocalDate next(LocalDate day) {
            return switch (this) {
                case DAY -> day.plusDays(1);
                case WEEK -> day.plusWeeks(1);
                case MONTH -> day.plusMonths(1);
            };
        }
    }
}
