package org.svyaz.shell;

import java.util.Objects;
import java.util.UUID;

/** What notes, history items and documents belong to: a contact or a group, exactly one of them. */
public record RecordOwner(UUID contactId, UUID groupId) {

    public RecordOwner {
        if ((contactId == null) == (groupId == null)) {
            throw new IllegalArgumentException("A record belongs to a contact or to a group");
        }
    }

    public static RecordOwner contact(UUID contactId) {
        return new RecordOwner(Objects.requireNonNull(contactId), null);
    }

    public static RecordOwner group(UUID groupId) {
        return new RecordOwner(null, Objects.requireNonNull(groupId));
    }

    /** The owner a URL names: {@code /contacts/{id}/...} or {@code /groups/{id}/...}. */
    public static RecordOwner of(String pathSegment, UUID id) {
        return "groups".equals(pathSegment) ? group(id) : contact(id);
    }

    public boolean isGroup() {
        return groupId != null;
    }

    public UUID id() {
        return isGroup() ? groupId : contactId;
    }

    /** The owner's page, under which its tabs live: {@code /contacts/{id}} or {@code /groups/{id}}. */
    public String path() {
        return (isGroup() ? "/groups/" : "/contacts/") + id();
    }
}
