package org.svyaz.documents;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.svyaz.shell.RecordOwner;

/**
 * A file attached to a contact or a group. {@code name} and {@code contentType} are what the uploader
 * said; Svyaz never relies on them to show the file, it only offers it for download.
 */
public record Document(UUID id, UUID contactId, UUID groupId, String name, long size, String contentType, String sha256, UUID uploadedBy,
        OffsetDateTime uploadedAt, long version) {

    public RecordOwner owner() {
        return new RecordOwner(contactId, groupId);
    }
}
