package org.svyaz.activities.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.access.AccessGrants;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.activities.CalendarSharing;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.EditScope;
import org.svyaz.activities.Frequency;
import org.svyaz.activities.MonthlyBy;
import org.svyaz.activities.Priority;
import org.svyaz.activities.ScheduledActivity;
import org.svyaz.activities.internal.ActivityPermissions;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupNode;
import org.svyaz.lookups.KeywordHit;
import org.svyaz.lookups.KeywordSearches;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.ReturnAddress;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The Schedule Activity dialog (new and change), Clear Activity and Erase, opened from the
 * contact window's toolbar, its Activities tab, the task list and the reminders (SPEC A1–A4).
 * Each returns to the page it came from, with a message and any overlap warning.
 */
@Controller
class ActivityController {

    /** Common phrases for Regarding (message keys), as ACT!'s pick-list offers them. */
    static final List<String> REGARDING_PHRASES = List.of("activities.regarding.call", "activities.regarding.sendPrice",
            "activities.regarding.discussTerms", "activities.regarding.presentation", "activities.regarding.signContract",
            "activities.regarding.collectInfo");
    static final List<Integer> DURATIONS = List.of(0, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 480, 1440);
    private static final String TASK_LIST = "/tasks";
    static final List<Integer> LEAD_TIMES = List.of(0, 5, 10, 15, 30, 60, 120, 1440);

    private final ActivityManagement activities;
    private final ActivityTypeManagement types;
    private final ContactManagement contacts;
    private final KeywordSearches search;
    private final UserManagement users;
    private final ActivityViews views;
    private final CalendarSharing sharing;
    private final GroupManagement groups;
    private final AccessGrants grants;

    ActivityController(ActivityManagement activities, ActivityTypeManagement types, ContactManagement contacts,
            KeywordSearches search, UserManagement users, ActivityViews views, CalendarSharing sharing, GroupManagement groups, AccessGrants grants) {
        this.grants = grants;
        this.groups = groups;
        this.views = views;
        this.sharing = sharing;
        this.activities = activities;
        this.types = types;
        this.contacts = contacts;
        this.search = search;
        this.users = users;
    }

    /** The dialog, for a contact ({@code contactId}) or a group ({@code groupId}, kept with the activity). */
    @GetMapping("/activities/new")
    String newActivity(@RequestParam(defaultValue = ActivityType.CALL) String type, @RequestParam(required = false) UUID contactId,
            @RequestParam(required = false) UUID groupId, @RequestParam(required = false) String returnTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
            @RequestParam(required = false) Integer duration, @RequestParam(required = false) String scheduledFor, Model model) {
        activities.requireMayCreate();
        CurrentUser me = users.current();
        ActivityType chosen = types.all().stream().filter(t -> t.code().equals(type)).findFirst().orElse(types.all().get(0));
        UUID myRecord = contacts.myRecordId(me.id()).orElse(null);
        List<UUID> with = contactId == null || contactId.equals(myRecord) ? List.of() : List.of(contacts.get(contactId).id());
        // the calendar opens the dialog on the day and at the time the user chose there
        ActivityForm form = ActivityForm.blank(chosen.code(), date == null ? activities.today() : date,
                time == null ? roundUp(activities.timeNow()) : time, duration == null || duration < 1 ? chosen.defaultDuration() : duration,
                chosen.color(), chosen.defaultAlarm(), with, with.isEmpty(), scheduledFor == null ? me.userName() : scheduledFor, groupId,
                ReturnAddress.checked(returnTo, contactId == null ? TASK_LIST : "/contacts/" + contactId));
        return form(form, null, Map.of(), model);
    }

    /**
     * Schedules the activity, unless it overlaps activities of its owner that the form has not
     * shown yet ({@code overlapsSeen}): then the form comes back naming them, to save anyway.
     */
    @PostMapping("/activities/new")
    String schedule(@ModelAttribute ActivityForm form, @RequestParam(required = false) List<UUID> overlapsSeen, Model model,
            RedirectAttributes redirect) {
        String returnTo = ReturnAddress.checked(form.returnTo(), TASK_LIST);
        try {
            ActivityFields fields = read(form);
            if (unseenOverlaps(fields, null, overlapsSeen, model)) {
                return form(form, null, Map.of(), model);
            }
            ScheduledActivity scheduled = activities.schedule(fields);
            done(redirect, "activities.scheduled", scheduled.conflicts().size());
            return "redirect:" + returnTo;
        } catch (InvalidInput invalid) {
            return form(form, null, invalid.fieldErrors(), model);
        }
    }

    /** The form to change an activity; a cleared one is read-only, shown as it is, unless "Edit cleared" was chosen. */
    @GetMapping("/activities/{id}/edit")
    String edit(@PathVariable UUID id, @RequestParam(required = false) String returnTo,
            @RequestParam(defaultValue = "false") boolean editCleared, Model model) {
        Activity activity = views.seen(activities.get(id));
        activities.requireMayChange(activity);
        String back = ReturnAddress.checked(returnTo, TASK_LIST);
        if (activity.cleared() && !editCleared) {
            return "redirect:" + ActivityWindowController.address(id, back);
        }
        String owner = users.userNames(Set.of(activity.ownerId())).get(activity.ownerId());
        UUID myRecord = contacts.myRecordId(users.current().id()).orElse(null);
        return form(ActivityForm.of(activity, owner, myRecord, back), activity, Map.of(), model);
    }

    @PostMapping("/activities/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute ActivityForm form, @RequestParam(required = false) List<UUID> overlapsSeen,
            @RequestParam(defaultValue = "false") boolean editCleared, Model model, RedirectAttributes redirect) {
        String returnTo = ReturnAddress.checked(form.returnTo(), TASK_LIST);
        Activity activity = views.seen(activities.get(id));
        if (activity.cleared() && !editCleared) {
            return form(form, activity, Map.of("version", new InvalidInput.FieldError("activities.window.clearedReadOnly")), model);
        }
        try {
            ActivityFields fields = read(new ActivityForm(form.type(), form.date(), form.time(), form.timeless(),
                    form.durationMinutes(), form.contactIds(), form.withMyRecord(), form.regarding(), form.details(),
                    form.priority(), form.color(), form.ringAlarm(), form.alarmMinutes(), form.access(), form.accessTeams(), form.accessUsers(), form.scheduledFor(),
                    form.groupId(), null, 1, null, null, null, null, form.returnTo(), form.version(), form.applyTo()));
            if (unseenOverlaps(fields, id, overlapsSeen, model)) {
                return form(form, activity, Map.of(), model);
            }
            long version = form.version() == null ? activity.version() : form.version();
            ScheduledActivity changed = activities.update(id, fields, version,
                    form.applyTo() == null ? EditScope.OCCURRENCE : form.applyTo());
            done(redirect, "activities.saved", changed.conflicts().size());
            return "redirect:" + returnTo;
        } catch (InvalidInput invalid) {
            return form(form, activity, invalid.fieldErrors(), model);
        } catch (VersionConflict conflict) {
            return form(form, activity, Map.of("version", new InvalidInput.FieldError("error.versionConflict")), model);
        }
    }

    @GetMapping("/activities/{id}/clear")
    String clearForm(@PathVariable UUID id, @RequestParam(required = false) String returnTo, Model model) {
        Activity activity = views.seen(activities.get(id));
        activities.requireMayChange(activity);
        return clearPage(activity, returnTo, Map.of(), model);
    }

    @PostMapping("/activities/{id}/clear")
    String clear(@PathVariable UUID id, @RequestParam(required = false) ClearResult result,
            @RequestParam(defaultValue = "") String notes, @RequestParam(required = false) String returnTo, Model model,
            RedirectAttributes redirect) {
        String back = ReturnAddress.checked(returnTo, TASK_LIST);
        try {
            activities.clear(id, result, notes);
            done(redirect, "activities.clearedMessage", 0);
            return "redirect:" + back;
        } catch (InvalidInput invalid) {
            return clearPage(views.seen(activities.get(id)), returnTo, invalid.fieldErrors(), model);
        }
    }

    @PostMapping("/activities/{id}/erase")
    String erase(@PathVariable UUID id, @RequestParam(required = false) String returnTo,
            @RequestParam(defaultValue = "OCCURRENCE") EditScope applyTo, RedirectAttributes redirect) {
        String back = ReturnAddress.checked(returnTo, TASK_LIST);
        activities.erase(id, applyTo);
        done(redirect, "activities.erased", 0);
        return "redirect:" + back;
    }

    /** Contacts matching what the user typed in "more contacts", to tick. */
    @GetMapping("/activities/contact-options")
    String contactOptions(@RequestParam(defaultValue = "") String q, Model model) {
        List<Contact> found = new ArrayList<>();
        if (!q.isBlank()) {
            try {
                Map<UUID, Contact> unique = new LinkedHashMap<>();
                search.search(q, 20).stream().map(KeywordHit::contact).forEach(c -> unique.putIfAbsent(c.id(), c));
                found.addAll(unique.values());
            } catch (InvalidInput tooShort) {
                // fewer letters than a keyword needs: nothing to offer yet
            }
        }
        model.addAttribute("options", found);
        return "activities/form :: contactOptions";
    }

    /**
     * Whether the activity would overlap activities the user was not shown before saving; if so,
     * they are added to the model for the form to name.
     */
    private boolean unseenOverlaps(ActivityFields fields, UUID exceptId, List<UUID> seen, Model model) {
        List<Activity> overlaps = views.seen(activities.overlapsOf(fields, exceptId));
        model.addAttribute("overlaps", overlaps);
        return !(seen == null ? List.<UUID>of() : seen).containsAll(overlaps.stream().map(Activity::id).toList());
    }

    private String clearPage(Activity activity, String returnTo, Map<String, InvalidInput.FieldError> errors, Model model) {
        model.addAttribute("activity", activity);
        model.addAttribute("results", ClearResult.values());
        model.addAttribute("returnTo", ReturnAddress.checked(returnTo, TASK_LIST));
        model.addAttribute("errors", errors);
        model.addAttribute("typeNames", views.typeNames());
        return "activities/clear";
    }

    private ActivityFields read(ActivityForm form) {
        FieldErrors errors = new FieldErrors();
        ActivityFields fields = form.toFields(contacts.myRecordId(users.current().id()).orElse(null), errors);
        fields = fields.with(grants.fromForm(form.access(), form.accessTeams(), form.accessUsers(), fields.access(), errors));
        errors.throwIfAny();
        // the form shows and takes times in the user's zone; a changed activity keeps its own
        return fields.in(views.zone());
    }

    private String form(ActivityForm form, Activity existing, Map<String, InvalidInput.FieldError> errors, Model model) {
        CurrentUser me = users.current();
        List<UUID> chosen = form.contactIds() == null ? List.of() : form.contactIds();
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("types", types.all());
        model.addAttribute("chosenContacts", chosen.isEmpty() ? List.of() : contacts.getAll(chosen));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("monthlyBys", MonthlyBy.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("times", times());
        model.addAttribute("durations", DURATIONS);
        model.addAttribute("leadTimes", LEAD_TIMES);
        model.addAttribute("phrases", REGARDING_PHRASES);
        model.addAttribute("users", sharing.schedulableCalendars());
        model.addAttribute("groupChoices", groupChoices());
        model.addAttribute("me", me);
        model.addAttribute("weekdayNames", weekdayNames());
        if (!model.containsAttribute("overlaps")) {
            model.addAttribute("overlaps", List.of());
        }
        model.addAttribute("typeNames", views.typeNames());
        model.addAttribute("existingScheduledBy", existing == null ? null
                : users.userNames(Set.of(existing.scheduledById())).get(existing.scheduledById()));
        return "activities/form";
    }

    /** A group the activity may be associated with, its name indented by its depth in the tree. */
    record GroupChoice(UUID id, String label) {
    }

    private List<GroupChoice> groupChoices() {
        List<GroupChoice> choices = new ArrayList<>();
        groups.tree().forEach(node -> addChoices(node, 0, choices));
        return choices;
    }

    private static void addChoices(GroupNode node, int depth, List<GroupChoice> choices) {
        choices.add(new GroupChoice(node.id(), "\u2003".repeat(depth) + node.name()));
        node.subgroups().forEach(subgroup -> addChoices(subgroup, depth + 1, choices));
    }

    private static void done(RedirectAttributes redirect, String message, int conflicts) {
        redirect.addFlashAttribute("activityMessage", message);
        if (conflicts > 0) {
            redirect.addFlashAttribute("activityConflicts", conflicts);
        }
    }

    private static LocalTime roundUp(LocalTime time) {
        int minutes = time.getHour() * 60 + time.getMinute();
        int rounded = Math.min(23 * 60 + 30, (minutes + 29) / 30 * 30);
        return LocalTime.of(rounded / 60, rounded % 60);
    }

    private static Map<DayOfWeek, String> weekdayNames() {
        Map<DayOfWeek, String> names = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.put(day, day.getDisplayName(TextStyle.SHORT, LocaleContextHolder.getLocale()));
        }
        return names;
    }

    /** Start times offered in the list: every half hour; any other can be typed. */
    private static List<String> times() {
        List<String> times = new ArrayList<>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
            times.add(LocalTime.of(minutes / 60, minutes % 60).toString());
        }
        return times;
    }
}
