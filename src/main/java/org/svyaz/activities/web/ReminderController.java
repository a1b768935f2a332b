package org.svyaz.activities.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.activities.Activity;
import org.svyaz.activities.Reminders;

/**
 * The reminder list in the page header (SPEC A3): every page polls it, so a due alarm shows
 * without reloading; alarms that came due while the user was away show at the next log-in.
 */
@Controller
class ReminderController {

    private final Reminders reminders;
    private final ActivityViews views;

    ReminderController(Reminders reminders, ActivityViews views) {
        this.reminders = reminders;
        this.views = views;
    }

    @GetMapping("/reminders")
    String reminders(Model model) {
        List<Activity> due = views.seen(reminders.due());
        views.addNames(due, model);
        model.addAttribute("reminders", due);
        model.addAttribute("snoozeChoices", ActivityViews.snoozeChoices());
        return "activities/reminders :: list";
    }

    @PostMapping("/reminders/{id}/snooze")
    String snooze(@PathVariable UUID id, @RequestParam(defaultValue = "10") int minutes, Model model) {
        reminders.snooze(id, minutes);
        return reminders(model);
    }

    @PostMapping("/reminders/{id}/dismiss")
    String dismiss(@PathVariable UUID id, Model model) {
        reminders.dismiss(id);
        return reminders(model);
    }
}
