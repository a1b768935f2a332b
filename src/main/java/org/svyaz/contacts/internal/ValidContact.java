package org.svyaz.contacts.internal;

import java.util.Map;
import java.util.UUID;
import org.svyaz.access.RecordAccess;

/** A contact's fields after {@link ContactRules} checked and cleaned them; its status by id, or null for none. */
public record ValidContact(Map<String, String> text, String otherEmails, UUID statusId, UUID recordManagerId,
        RecordAccess access, Map<String, Object> customFields) {
}
