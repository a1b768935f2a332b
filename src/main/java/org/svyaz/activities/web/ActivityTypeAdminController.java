package org.svyaz.activities.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.NotPermitted;

/** The administrators' page of activity types (SPEC A1): the built-ins and their own, with colour, duration and alarm. */
@Controller
class ActivityTypeAdminController {

    private final ActivityTypeManagement types;

    ActivityTypeAdminController(ActivityTypeManagement types) {
        this.types = types;
    }

    @GetMapping("/admin/activity-types")
    String list(Model model) {
        model.addAttribute("types", types.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "activities/types";
    }

    @PostMapping("/admin/activity-types")
    String define(@RequestParam String name, @RequestParam(defaultValue = "") String color,
            @RequestParam(required = false) Integer defaultDuration, @RequestParam(required = false) Integer defaultAlarm,
            RedirectAttributes redirect) {
        try {
            types.define(null, name, color, defaultDuration, defaultAlarm);
            redirect.addFlashAttribute("saved", "activities.types.added");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/admin/activity-types";
    }

    @PostMapping("/admin/activity-types/{id}")
    String update(@PathVariable UUID id, @RequestParam(required = false) String name, @RequestParam(defaultValue = "") String color,
            @RequestParam(required = false) Integer defaultDuration, @RequestParam(required = false) Integer defaultAlarm,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            types.update(id, name, color, defaultDuration, defaultAlarm, version);
            redirect.addFlashAttribute("saved", "activities.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/admin/activity-types";
    }

    @PostMapping("/admin/activity-types/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            types.delete(id);
            redirect.addFlashAttribute("saved", "activities.types.deleted");
        } catch (NotPermitted refused) {
            redirect.addFlashAttribute("errors", Map.of("type", new InvalidInput.FieldError(refused.messageKey())));
        }
        return "redirect:/admin/activity-types";
    }
}
