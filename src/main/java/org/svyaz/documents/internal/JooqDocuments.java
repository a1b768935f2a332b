package org.svyaz.documents.internal;

import static org.svyaz.schema.Tables.DOCUMENT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.documents.Document;
import org.svyaz.documents.DocumentNotFound;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.DocumentRecord;
import org.svyaz.shell.RecordOwner;

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

    /** The owners of those of the documents that exist. */
    public Map<UUID, RecordOwner> visibleOwners(Collection<UUID> ids, UUID viewer) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.CONTACT_ID, DOCUMENT.GROUP_ID).from(DOCUMENT).where(DOCUMENT.ID.in(ids)).and(DSL.noCondition())
                .fetchMap(DOCUMENT.ID, row -> new RecordOwner(row.value2(), row.value3()));
    }

    public Document insert(RecordOwner owner, String name, String contentType, long size, String sha256, UUID uploadedBy) {
        DocumentRecord document = dsl.newRecord(DOCUMENT);
        document.setContactId(owner.contactId());
        document.setGroupId(owner.groupId());
        document.setFileName(name);
        document.setContentType(contentType);
        document.setSizeBytes(size);
        document.setSha256(sha256);
        document.setUploadedBy(uploadedBy);
        document.setUploadedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return toDocument(writes.insert(ENTITY, document, owner.id()));
    }

    public List<Document> of(RecordOwner owner) {
        return dsl.selectFrom(DOCUMENT).where(owner.isGroup() ? DOCUMENT.GROUP_ID.eq(owner.id()) : DOCUMENT.CONTACT_ID.eq(owner.id()))
                .orderBy(DOCUMENT.UPLOADED_AT.desc(), DOCUMENT.ID.desc())
                .fetch(JooqDocuments::toDocument);
    }

    public Optional<Document> byId(UUID documentId) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional(JooqDocuments::toDocument);
    }

    public void delete(UUID documentId) {
        DocumentRecord document = dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional()
                .orElseThrow(DocumentNotFound::new);
        writes.delete(ENTITY, document, document.getContactId() != null ? document.getContactId() : document.getGroupId());
    }

    /** Copies the document records of one group to another; the bytes are shared, being addressed by their hash. */
    public void copyAll(UUID fromGroupId, UUID toGroupId) {
        List<DocumentRecord> copies = dsl.selectFrom(DOCUMENT).where(DOCUMENT.GROUP_ID.eq(fromGroupId)).fetch().stream()
                .map(document -> {
                    DocumentRecord copy = document.copy();
                    copy.setGroupId(toGroupId);
                    return copy;
                }).toList();
        writes.insertAll(ENTITY, copies, DocumentRecord::getGroupId);
    }

    private static Document toDocument(DocumentRecord d) {
        return new Document(d.getId(), d.getContactId(), d.getGroupId(), d.getFileName(), d.getSizeBytes(), d.getContentType(), d.getSha256(),
                d.getUploadedBy(), d.getUploadedAt(), d.getVersion());
    }
}
