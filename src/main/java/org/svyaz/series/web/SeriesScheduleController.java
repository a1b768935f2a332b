package org.svyaz.series.web;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityRuns;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupNode;
import org.svyaz.lookups.ContactList;
import org.svyaz.lookups.CurrentLookup;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesSchedule;
import org.svyaz.series.SeriesScheduling;
import org.svyaz.series.SeriesTarget;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.ReturnAddress;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The Schedule Activity Series dialog (SPEC S2, the manual's «Планирование серии событий»): the
 * series, the target (current contact, current lookup, a group, all contacts), the start date and
 * the user; then a confirmation with the counts; on Yes, the run.
 */
@Controller
class SeriesScheduleController {

    private final SeriesManagement series;
    private final SeriesScheduling scheduling;
    private final SeriesViews views;
    private final ActivityRuns activityRuns;
    private final ActivityManagement activities;
    private final ContactManagement contacts;
    private final ContactList list;
    private final GroupManagement groups;
    private final UserManagement users;

    SeriesScheduleController(SeriesManagement series, SeriesScheduling scheduling, SeriesViews views, ActivityRuns activityRuns,
            ActivityManagement activities, ContactManagement contacts, ContactList list, GroupManagement groups, UserManagement users) {
        this.series = series;
        this.scheduling = scheduling;
        this.views = views;
        this.activityRuns = activityRuns;
        this.activities = activities;
        this.contacts = contacts;
        this.list = list;
        this.groups = groups;
        this.users = users;
    }

    /** What the dialog holds; {@code target} is CONTACT, LOOKUP, GROUP or ALL. */
    record ScheduleForm(UUID seriesId, String target, UUID contactId, UUID groupId, LocalDate startDate, String scheduledFor,
            String returnTo) {
    }

    @GetMapping("/series/schedule")
    String dialog(@RequestParam(required = false) UUID seriesId, @RequestParam(required = false) UUID contactId,
            HttpSession session, Model model) {
        ScheduleForm form = new ScheduleForm(seriesId, contactId != null ? "CONTACT" : "LOOKUP", contactId, null, activities.today(),
                users.current().userName(), contactId != null ? "/contacts/" + contactId : "/series");
        return dialogPage(form, Map.of(), session, model);
    }

    /** The confirmation: how many contacts and activities, and any earlier run for the same contacts. */
    @PostMapping("/series/schedule")
    String confirm(ScheduleFormParameters parameters, HttpSession session, Model model) {
        ScheduleForm form = parameters.form();
        try {
            SeriesSchedule preview = scheduling.preview(form.seriesId(), target(form, session), form.startDate(), form.scheduledFor());
            model.addAttribute("form", form);
            model.addAttribute("preview", preview);
            model.addAttribute("warning", views.warning(preview));
            model.addAttribute("seriesName", series.get(form.seriesId()).name());
            model.addAttribute("contactName", "CONTACT".equals(form.target()) ? contacts.get(form.contactId()).displayName() : "");
            return "series/confirm";
        } catch (InvalidInput invalid) {
            return dialogPage(form, invalid.fieldErrors(), session, model);
        }
    }

    /** Yes: schedules the series in one transaction and returns where the dialog was opened. */
    @PostMapping("/series/schedule/confirmed")
    String schedule(ScheduleFormParameters parameters, HttpSession session, Model model, RedirectAttributes redirect) {
        ScheduleForm form = parameters.form();
        try {
            SeriesSchedule done = scheduling.schedule(form.seriesId(), target(form, session), form.startDate(), form.scheduledFor());
            redirect.addFlashAttribute("seriesScheduled", List.of(done.activities(), done.contacts()));
            return "redirect:" + form.returnTo();
        } catch (InvalidInput invalid) {
            return dialogPage(form, invalid.fieldErrors(), session, model);
        }
    }

    private SeriesTarget target(ScheduleForm form, HttpSession session) {
        if (form.seriesId() == null) {
            throw InvalidInput.of("seriesId", "error.required");
        }
        return switch (form.target() == null ? "" : form.target()) {
            case "CONTACT" -> new SeriesTarget.Contacts(form.contactId() == null ? List.of() : List.of(form.contactId()));
            case "LOOKUP" -> new SeriesTarget.Lookup(CurrentLookup.of(session).filter());
            case "GROUP" -> new SeriesTarget.Group(form.groupId());
            case "ALL" -> new SeriesTarget.AllContacts();
            default -> throw InvalidInput.of("target", "error.required");
        };
    }

    private String dialogPage(ScheduleForm form, Map<String, InvalidInput.FieldError> errors, HttpSession session, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("allSeries", series.all());
        model.addAttribute("contactName", form.contactId() == null || !contacts.isVisible(form.contactId()) ? null
                : contacts.get(form.contactId()).displayName());
        model.addAttribute("lookupCount", list.count(CurrentLookup.of(session).filter()));
        model.addAttribute("groups", flatten(groups.tree(), 0, new ArrayList<>()));
        model.addAttribute("users", activityRuns.mayScheduleForOthers()
                ? users.all().stream().filter(User::enabled).map(User::userName).toList() : List.of(users.current().userName()));
        return "series/schedule";
    }

    /** The group tree as a list, each with its depth for indenting. */
    private static List<IndentedGroup> flatten(List<GroupNode> nodes, int depth, List<IndentedGroup> into) {
        for (GroupNode node : nodes) {
            into.add(new IndentedGroup(node.id(), "\u00a0\u00a0".repeat(depth) + node.name()));
            flatten(node.subgroups(), depth + 1, into);
        }
        return into;
    }

    record IndentedGroup(UUID id, String label) {
    }

    /** The dialog's fields as the form posts them; a return address other than a path of this site is refused. */
    record ScheduleFormParameters(UUID seriesId, String target, UUID contactId, UUID groupId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate, String scheduledFor, String returnTo) {

        ScheduleForm form() {
            return new ScheduleForm(seriesId, target, contactId, groupId, startDate, scheduledFor,
                    ReturnAddress.checked(returnTo, "/series"));
        }
    }
}
