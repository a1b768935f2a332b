package org.svyaz.activities.web;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.UserManagement;

/** What the pages that list activities need besides the activities: names of types, contacts and users. */
@Component
class ActivityViews {

    private final ActivityTypeManagement types;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final MessageSource messages;
    private final DisplayTime time;
    private final ActivityManagement activities;

    ActivityViews(ActivityTypeManagement types, ContactManagement contacts, UserManagement users, MessageSource messages,
            DisplayTime time, ActivityManagement activities) {
        this.activities = activities;
        this.types = types;
        this.contacts = contacts;
        this.users = users;
        this.messages = messages;
        this.time = time;
    }

    /** The zone the pages show times in and read typed ones in: the current user's. */
    ZoneId zone() {
        return time.zone();
    }

    /** The activity with its date and time as the current user reads them (in their zone). */
    Activity seen(Activity activity) {
        return activity.inZone(time.zone());
    }

    List<Activity> seen(List<Activity> activities) {
        ZoneId zone = time.zone();
        return activities.stream().map(activity -> activity.inZone(zone)).toList();
    }

    /** Built-in types by their translated name, the others by the name an administrator gave them. */
    Map<String, String> typeNames() {
        Map<String, String> names = new HashMap<>();
        for (ActivityType type : types.all()) {
            names.put(type.code(), type.builtIn()
                    ? messages.getMessage("activityType." + type.code(), null, type.code(), LocaleContextHolder.getLocale())
                    : type.name());
        }
        return names;
    }

    Map<String, String> typeColors() {
        Map<String, String> colors = new HashMap<>();
        types.all().forEach(type -> colors.put(type.code(), type.color() == null ? "#6c757d" : type.color()));
        return colors;
    }

    /** Adds the names the activity rows show to the model, and today, before which open ones are past due. */
    void addNames(Collection<Activity> activities, Model model) {
        Set<UUID> contactIds = new HashSet<>();
        Set<UUID> userIds = new HashSet<>();
        activities.forEach(activity -> {
            contactIds.addAll(activity.contactIds());
            userIds.add(activity.ownerId());
            userIds.add(activity.scheduledById());
        });
        Map<UUID, String> contactNames = new HashMap<>();
        if (!contactIds.isEmpty()) {
            for (Contact contact : contacts.getAll(contactIds)) {
                contactNames.put(contact.id(), contact.displayName());
            }
        }
        model.addAttribute("contactNames", contactNames);
        model.addAttribute("userNames", users.userNames(userIds));
        model.addAttribute("typeNames", typeNames());
        model.addAttribute("today", this.activities.today());
    }

    static List<Integer> snoozeChoices() {
        return List.of(5, 10, 15, 30, 60, 1440);
    }
}
