package org.svyaz.documents.web;

import java.time.Instant;
import java.util.UUID;
import org.svyaz.documents.Document;

/** A document's description as the REST API shows it; its bytes are at {@code .../content}. */
record DocumentJson(UUID id, UUID contactId, UUID groupId, String name, long size, String contentType, String sha256, String uploadedBy,
        Instant uploadedAt) {

    static DocumentJson of(Document document, String uploadedBy) {
        return new DocumentJson(document.id(), document.contactId(), document.groupId(), document.name(), document.size(), document.contentType(),
                document.sha256(), uploadedBy, document.uploadedAt().toInstant());
    }
}
