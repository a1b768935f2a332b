package org.svyaz.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.svyaz.access.Access;

/**
 * A contact as the REST API shows it (API.md, "Contacts"); users are named by their user
 * names. Every API answer that holds contacts uses this shape; {@link ContactJsonWriter} makes it.
 */
public record ContactJson(
        UUID id,
        String company,
        String firstName,
        String lastName,
        String salutation,
        String title,
        String department,
        String phone,
        String phoneExt,
        String mobile,
        String fax,
        String homePhone,
        String email,
        List<String> otherEmails,
        String website,
        String address1,
        String address2,
        String city,
        String region,
        String postalCode,
        String country,
        String status,
        String recordManager,
        String referredBy,
        @JsonProperty("private") boolean isPrivate,
        Access access,
        List<UUID> accessTeams,
        List<String> accessUsers,
        Map<String, Object> customFields,
        boolean myRecord,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static ContactJson of(Contact c, Map<UUID, String> userNames) {
        return new ContactJson(c.id(), c.company(), c.firstName(), c.lastName(), c.salutation(), c.title(), c.department(),
                c.phone(), c.phoneExt(), c.mobile(), c.fax(), c.homePhone(), c.email(), c.otherEmails(), c.website(),
                c.address1(), c.address2(), c.city(), c.region(), c.postalCode(), c.country(), c.status(),
                userNames.get(c.recordManagerId()), c.referredBy(), c.isPrivate(), c.access().level(), c.access().teamIds(),
                c.access().userIds().stream().map(userNames::get).toList(), c.customFields(), c.myRecordOf() != null,
                c.version(), c.createdAt().toInstant(), userNames.get(c.createdBy()), c.updatedAt().toInstant(),
                userNames.get(c.updatedBy()));
    }
}
