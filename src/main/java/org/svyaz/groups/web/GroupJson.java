package org.svyaz.groups.web;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.svyaz.groups.Group;
import org.svyaz.lookups.ContactFilter;

/** A group as the API shows it; {@code rule} is its membership rule (criteria and match) or null. */
record GroupJson(UUID id, UUID parentId, String name, String description, String phone, String address, String city,
        String website, UUID recordManagerId, ContactFilter.Criteria rule, Map<String, Object> customFields,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static GroupJson of(Group group) {
        return new GroupJson(group.id(), group.parentId(), group.name(), group.description(), group.phone(), group.address(),
                group.city(), group.website(), group.recordManagerId(), group.rule(), group.customFields(), group.createdAt(),
                group.updatedAt(), group.version());
    }
}
