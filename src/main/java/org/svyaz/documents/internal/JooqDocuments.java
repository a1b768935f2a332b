package org.svyaz.documents.internal;

import static org.svyaz.schema.Tables.DOCUMENT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.documents.Document;
import org.svyaz.documents.DocumentNotFound;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.DocumentRecord;

/** Document records (name, size, hash) in the {@code document} table, written through the journal. */
@Repository
public class JooqDocuments {

    private static final String ENTITY = "document";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqDocuments(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public Document insert(UUID contactId, String name, String contentType, long size, String sha256, UUID uploadedBy) {
        DocumentRecord document = dsl.newRecord(DOCUMENT);
        document.setContactId(contactId);
        document.setFileName(name);
        document.setContentType(contentType);
        document.setSizeBytes(size);
        document.setSha256(sha256);
        document.setUploadedBy(uploadedBy);
        document.setUploadedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return toDocument(writes.insert(ENTITY, document, contactId));
    }

    public List<Document> ofContact(UUID contactId) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.CONTACT_ID.eq(contactId))
                .orderBy(DOCUMENT.UPLOADED_AT.desc(), DOCUMENT.ID.desc())
                .fetch(JooqDocuments::toDocument);
    }

    public Optional<Document> byId(UUID documentId) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional(JooqDocuments::toDocument);
    }

    public void delete(UUID documentId) {
        DocumentRecord document = dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional()
                .orElseThrow(DocumentNotFound::new);
        writes.delete(ENTITY, document, document.getContactId());
    }

    private static Document toDocument(DocumentRecord d) {
        return new Document(d.getId(), d.getContactId(), d.getFileName(), d.getSizeBytes(), d.getContentType(), d.getSha256(),
                d.getUploadedBy(), d.getUploadedAt(), d.getVersion());
    }
}
