package org.svyaz.groups;

import java.util.Map;
import java.util.UUID;

/** What a user writes in a group's fields; custom field values as a form or JSON body gives them. */
public record GroupFields(String name, String description, String phone, String address, String city, String website,
        UUID parentId, Map<String, ?> customFields) {
}
