package org.svyaz.groups.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.svyaz.access.Access;
import org.svyaz.groups.Group;
import org.svyaz.lookups.ContactFilter;

/**
 * A group as the API shows it; {@code rule} is its membership rule (criteria and match) or null;
 * {@code access} says who may see it, {@code private} is the older name of {@code access == PRIVATE}.
 */
record GroupJson(UUID id, UUID parentId, String name, String description, String phone, String address, String city,
        String website, UUID recordManagerId, @JsonProperty("private") boolean isPrivate, Access access, List<UUID> accessTeams,
        List<String> accessUsers, ContactFilter.Criteria rule, Map<String, Object> customFields, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, long version) {

    /** @param accessUserNames the user names of the users a LIMITED group is granted to */
    static GroupJson of(Group group, List<String> accessUserNames) {
        return new GroupJson(group.id(), group.parentId(), group.name(), group.description(), group.phone(), group.address(),
                group.city(), group.website(), group.recordManagerId(), group.isPrivate(), group.access().level(),
                group.access().teamIds(), accessUserNames, group.rule(), group.customFields(), group.createdAt(),
                group.updatedAt(), group.version());
    }
}
