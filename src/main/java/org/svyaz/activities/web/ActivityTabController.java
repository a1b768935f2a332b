package org.svyaz.activities.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityManagement;

/**
 * The Activities tab of the contact window and of the groups window (SPEC C2, A4, G7): open
 * activities, and cleared ones when asked; a group's with its members' activities when asked.
 */
@Controller
class ActivityTabController {

    private final ActivityManagement activities;
    private final ActivityViews views;

    ActivityTabController(ActivityManagement activities, ActivityViews views) {
        this.activities = activities;
        this.views = views;
    }

    @GetMapping("/contacts/{contactId}/activities")
    String tab(@PathVariable UUID contactId, @RequestParam(defaultValue = "false") boolean showCleared, Model model) {
        List<Activity> found = views.seen(activities.ofContact(contactId, showCleared));
        views.addNames(found, model);
        model.addAttribute("tabPath", "/contacts/" + contactId + "/activities");
        model.addAttribute("contactId", contactId);
        model.addAttribute("items", found);
        model.addAttribute("showCleared", showCleared);
        model.addAttribute("returnTo", "/contacts/" + contactId);
        return "activities/tab :: tab";
    }

    @GetMapping("/groups/{groupId}/activities")
    String groupTab(@PathVariable UUID groupId, @RequestParam(defaultValue = "false") boolean showCleared,
            @RequestParam(defaultValue = "false") boolean members, Model model) {
        List<Activity> found = views.seen(activities.ofGroup(groupId, members, showCleared));
        views.addNames(found, model);
        model.addAttribute("tabPath", "/groups/" + groupId + "/activities");
        model.addAttribute("groupId", groupId);
        model.addAttribute("members", members);
        model.addAttribute("items", found);
        model.addAttribute("showCleared", showCleared);
        model.addAttribute("returnTo", "/groups/" + groupId);
        return "activities/tab :: tab";
    }
}
