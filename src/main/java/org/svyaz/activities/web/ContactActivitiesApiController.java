package org.svyaz.activities.web;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.shell.ListJson;

/** The Activities tabs of a contact and of a group over the API. */
@RestController
class ContactActivitiesApiController {

    private final ActivityApiController activities;

    ContactActivitiesApiController(ActivityApiController activities) {
        this.activities = activities;
    }

    @GetMapping("/api/v1/contacts/{contactId}/activities")
    ListJson<ActivityJson> activitiesOf(@PathVariable UUID contactId, @RequestParam(defaultValue = "false") boolean includeCleared,
            @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        return activities.ofContact(contactId, includeCleared, limit, after);
    }

    @GetMapping("/api/v1/groups/{groupId}/activities")
    ListJson<ActivityJson> activitiesOfGroup(@PathVariable UUID groupId, @RequestParam(defaultValue = "false") boolean includeMembers,
            @RequestParam(defaultValue = "false") boolean includeCleared,
            @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        return activities.ofGroup(groupId, includeMembers, includeCleared, limit, after);
    }
}
