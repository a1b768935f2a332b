package org.svyaz.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.activities.DateRange;
import org.svyaz.activities.Priority;
import org.svyaz.activities.ScheduledActivity;
import org.svyaz.activities.TaskListFilter;
import org.svyaz.calendar.CalendarLayout;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The calendar (SPEC K1–K5): a day, a week (5 or 7 days) or a month of the chosen users'
 * activities, with the three-month mini-calendar, moving back and forward, and the task list's
 * filters. Another user's private activity shows as "busy".
 */
@Controller
class CalendarController {

    /** More than this many activities in one view are not drawn; the page says so. */
    private static final int MOST = 2000;
    /** The longest an activity lasts (31 days): one that started this long before the view may still reach into it. */
    private static final int LONGEST_DAYS = 31;
    private static final List<Integer> SLOTS = List.of(15, 30, 60);

    private final ActivityManagement activities;
    private final ActivityTypeManagement types;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final LocalTime workStart;
    private final LocalTime workEnd;

    CalendarController(ActivityManagement activities, ActivityTypeManagement types, ContactManagement contacts, UserManagement users,
            @Value("${svyaz.calendar.work-start:08:00}") LocalTime workStart, @Value("${svyaz.calendar.work-end:19:00}") LocalTime workEnd) {
        this.activities = activities;
        this.types = types;
        this.contacts = contacts;
        this.users = users;
        this.workStart = workStart;
        this.workEnd = workEnd;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(defaultValue = "week") String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "30") int slot, @RequestParam(defaultValue = "7") int days,
            @RequestParam(name = "type", required = false) Set<String> typeCodes,
            @RequestParam(name = "priority", required = false) Set<Priority> priorities,
            @RequestParam(defaultValue = "false") boolean cleared, @RequestParam(name = "user", required = false) List<String> userNames,
            Model model) {
        CalendarView shown = CalendarView.of(view);
        LocalDate day = date == null ? activities.today() : date;
        int slotMinutes = SLOTS.contains(slot) ? slot : 30;
        int weekDays = days == 5 ? 5 : 7;
        LocalDate from = shown.first(day);
        LocalDate to = shown.last(day, weekDays);
        Filter filter = new Filter(typeCodes == null ? Set.of() : typeCodes, priorities == null ? Set.of() : priorities, cleared,
                userNames == null ? List.of() : userNames);
        List<Activity> found = activitiesBetween(from.minusDays(LONGEST_DAYS), to, filter);

        model.addAttribute("view", shown.name().toLowerCase());
        model.addAttribute("day", day);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("slot", slotMinutes);
        model.addAttribute("days", weekDays);
        model.addAttribute("filter", filter);
        model.addAttribute("tooMany", found.size() >= MOST);
        model.addAttribute("previous", shown.previous(day));
        model.addAttribute("next", shown.next(day));
        model.addAttribute("today", activities.today());
        model.addAttribute("workStart", workStart.getHour() * 60 + workStart.getMinute());
        model.addAttribute("workEnd", workEnd.getHour() * 60 + workEnd.getMinute());
        model.addAttribute("types", types.all());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("slots", SLOTS);
        model.addAttribute("mayViewOthers", mayViewOthers(users.current()));
        model.addAttribute("allUsers", users.all().stream().filter(User::enabled).toList());
        model.addAttribute("userNames", users.userNames(found.stream().map(Activity::ownerId).collect(Collectors.toSet())));
        model.addAttribute("withWhom", withWhom(found));
        if (shown == CalendarView.MONTH) {
            model.addAttribute("weeks", CalendarLayout.month(day, found));
        } else {
            List<CalendarLayout.Day> columns = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                columns.add(CalendarLayout.day(d, found));
            }
            model.addAttribute("columns", columns);
        }
        model.addAttribute("miniMonths", miniMonths(day, filter));
        return "calendar/calendar";
    }

    /**
     * Reschedules an activity dragged (or moved with the keyboard) to another slot or day, then
     * shows the calendar again, warning of any overlap it now has.
     */
    @PostMapping("/calendar/move")
    String move(@RequestParam UUID activity, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time, @RequestParam long version,
            @RequestParam(defaultValue = "/calendar") String returnTo, RedirectAttributes redirect) {
        ScheduledActivity moved = activities.move(activity, date, time, version);
        redirect.addFlashAttribute("moved", moved.activity().regarding());
        redirect.addFlashAttribute("conflicts", moved.conflicts().size());
        boolean local = returnTo.startsWith("/calendar") && !returnTo.startsWith("//");
        return "redirect:" + (local ? returnTo : "/calendar");
    }

    /** The three months of the mini-calendar around the shown day, each day marked that has an activity. */
    private List<MiniMonth> miniMonths(LocalDate day, Filter filter) {
        YearMonth middle = YearMonth.from(day);
        LocalDate first = middle.minusMonths(1).atDay(1);
        LocalDate last = middle.plusMonths(1).atEndOfMonth();
        Set<LocalDate> busy = new TreeSet<>();
        for (Activity activity : activitiesBetween(first.minusDays(LONGEST_DAYS), last, filter)) {
            for (LocalDate d = activity.date(); !d.isAfter(CalendarLayout.lastDay(activity)); d = d.plusDays(1)) {
                busy.add(d);
            }
        }
        List<MiniMonth> months = new ArrayList<>();
        for (YearMonth month = middle.minusMonths(1); !month.isAfter(middle.plusMonths(1)); month = month.plusMonths(1)) {
            months.add(MiniMonth.of(month, busy));
        }
        return months;
    }

    private List<Activity> activitiesBetween(LocalDate from, LocalDate to, Filter filter) {
        TaskListFilter query = new TaskListFilter(filter.types(), filter.priorities(), DateRange.CUSTOM, from, to, filter.users(), false,
                filter.cleared(), "date", false);
        return activities.taskList(query, 0, MOST).items();
    }

    /** Each activity's contacts by name, for its block and its tooltip; none for those without contacts. */
    private Map<UUID, String> withWhom(List<Activity> found) {
        Set<UUID> ids = found.stream().flatMap(a -> a.contactIds().stream()).collect(Collectors.toSet());
        Map<UUID, String> names = ids.isEmpty() ? Map.of()
                : contacts.getAll(ids).stream().collect(Collectors.toMap(Contact::id, Contact::displayName));
        Map<UUID, String> withWhom = new HashMap<>();
        for (Activity activity : found) {
            String joined = activity.contactIds().stream().map(names::get).filter(Objects::nonNull).collect(Collectors.joining(", "));
            if (!joined.isEmpty()) {
                withWhom.put(activity.id(), joined);
            }
        }
        return withWhom;
    }

    private static boolean mayViewOthers(CurrentUser me) {
        return me.role() == Role.ADMINISTRATOR || me.role() == Role.MANAGER;
    }

    /** What the calendar shows: the task list's filters. */
    record Filter(Set<String> types, Set<Priority> priorities, boolean cleared, List<String> users) {
    }

    /** A month of the mini-calendar: its weeks, Monday first, null outside the month. */
    record MiniMonth(YearMonth month, List<List<LocalDate>> weeks, Set<LocalDate> busy) {

        static MiniMonth of(YearMonth month, Set<LocalDate> busy) {
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
            return new MiniMonth(month, weeks, busy);
        }

        public boolean isBusy(LocalDate date) {
            return date != null && busy.contains(date);
        }

        public String label(java.util.Locale locale) {
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
