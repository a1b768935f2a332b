package org.svyaz.activities.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupNotFound;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.ReturnAddress;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The activity window (SPEC K6): an activity opened from the calendar or the task list, shown
 * as it is with Clear, Delete, Edit (Edit cleared for a cleared one) and Open contact; and the
 * Schedule Activity dialog's check, while the user changes the date, time or duration, of the
 * activities the new time overlaps.
 */
@Controller
class ActivityWindowController {

    private static final String TASK_LIST = "/tasks";

    private final ActivityManagement activities;
    private final ActivityViews views;
    private final UserManagement users;
    private final GroupManagement groups;

    ActivityWindowController(ActivityManagement activities, ActivityViews views, UserManagement users, GroupManagement groups) {
        this.activities = activities;
        this.views = views;
        this.users = users;
        this.groups = groups;
    }

    /** The window's address, returning to {@code returnTo} when it is left. */
    static String address(UUID id, String returnTo) {
        return UriComponentsBuilder.fromPath("/activities/{id}").queryParam("returnTo", returnTo).buildAndExpand(id).encode()
                .toUriString();
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String returnTo, Model model) {
        Activity activity = views.seen(activities.get(id));
        views.addNames(List.of(activity), model);
        model.addAttribute("activity", activity);
        model.addAttribute("returnTo", ReturnAddress.checked(returnTo, TASK_LIST));
        model.addAttribute("owner", fullName(activity.ownerId()));
        model.addAttribute("scheduledBy", fullName(activity.scheduledById()));
        model.addAttribute("clearedBy", activity.clearedById() == null ? null : fullName(activity.clearedById()));
        model.addAttribute("groupName", groupName(activity.groupId()));
        return "activities/view";
    }

    /** The activities the dialog's date, time, duration and user would overlap, named; empty while those are incomplete. */
    @GetMapping("/activities/overlaps")
    String overlaps(@ModelAttribute ActivityForm form, @RequestParam(required = false) UUID except, Model model) {
        // the dialog's other fields may still be half typed: only where and whose it is matters here
        model.addAttribute("overlaps", views.seen(activities.overlapsOf(form.toFields(null, new FieldErrors()), except)));
        model.addAttribute("typeNames", views.typeNames());
        return "activities/form :: overlaps";
    }

    private String fullName(UUID userId) {
        return users.findById(userId).map(User::fullName).orElse("");
    }

    private String groupName(UUID groupId) {
        if (groupId == null) {
            return null;
        }
        try {
            return groups.get(groupId).name();
        } catch (GroupNotFound gone) {
            // a group erased or hidden from this user since: the activity is shown without it
            return null;
        }
    }
}
