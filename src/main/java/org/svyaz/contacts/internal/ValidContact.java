package org.svyaz.contacts.internal;

import java.util.Map;
import java.util.UUID;

/** A contact's fields after {@link ContactRules} checked and cleaned them. */
public record ValidContact(Map<String, String> text, String otherEmails, String status, UUID recordManagerId,
        boolean isPrivate, Map<String, Object> customFields) {
}
