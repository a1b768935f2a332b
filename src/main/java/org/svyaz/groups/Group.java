package org.svyaz.groups;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.svyaz.access.RecordAccess;
import org.svyaz.lookups.ContactFilter;

/** A group of contacts, under its parent group or at the top of the tree (parentId null). */
public record Group(UUID id, UUID parentId, String name, String description, String phone, String address, String city,
        String website, UUID recordManagerId, RecordAccess access, ContactFilter.Criteria rule, Map<String, Object> customFields,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    /** The fields of this group, as a form or a duplicate starts from them. */
    public GroupFields fields() {
        return new GroupFields(name, description, phone, address, city, website, parentId, customFields, recordManagerId, access);
    }

    public boolean isPrivate() {
        return access.isPrivate();
    }

    /** A copy with its access (with the grants of a LIMITED one) and custom field values. */
    public Group with(RecordAccess newAccess, Map<String, Object> values) {
        return new Group(id, parentId, name, description, phone, address, city, website, recordManagerId, newAccess, rule, values,
                createdAt, updatedAt, version);
    }
}
