package org.svyaz.groups;

import java.util.Map;
import java.util.UUID;
import org.svyaz.access.RecordAccess;

/**
 * What a user writes in a group's fields; custom field values as a form or JSON body gives them.
 * A null record manager or access keeps the group's (a new group's: the user, public).
 */
public record GroupFields(String name, String description, String phone, String address, String city, String website,
        UUID parentId, Map<String, ?> customFields, UUID recordManagerId, RecordAccess access) {

    /** Fields that leave the record manager and the access as they are. */
    public GroupFields(String name, String description, String phone, String address, String city, String website, UUID parentId,
            Map<String, ?> customFields) {
        this(name, description, phone, address, city, website, parentId, customFields, null, null);
    }

    /** These fields with another record manager and access. */
    public GroupFields with(UUID newRecordManagerId, RecordAccess newAccess) {
        return new GroupFields(name, description, phone, address, city, website, parentId, customFields, newRecordManagerId,
                newAccess);
    }
}
