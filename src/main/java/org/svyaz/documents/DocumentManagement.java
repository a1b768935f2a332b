package org.svyaz.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.svyaz.contacts.ContactDeleted;
import org.svyaz.documents.internal.DocumentContents;
import org.svyaz.documents.internal.JooqDocuments;
import org.svyaz.groups.GroupDuplicated;
import org.svyaz.groups.GroupsDeleted;
import org.svyaz.groups.RecordOwners;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.Permissions;
import org.svyaz.users.RecordKind;
import org.svyaz.users.UserManagement;

/**
 * Files attached to contacts and groups. Svyaz keeps the bytes itself, in the database, addressed by
 * their SHA-256 (the same file attached twice is stored once), so attachments are part of
 * backups and synchronization. A user sees the documents of the contacts they see and of groups.
 * Attaching or deleting a document writes a history item (DOCUMENT_ADDED, DOCUMENT_REMOVED, the
 * file's name as regarding) to its contact or group, in the same transaction, as ACT! does.
 */
@Service
public class DocumentManagement {

    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,99}/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,99}");
    private static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final int MAX_NAME_LENGTH = 255;

    private final JooqDocuments documents;
    private final DocumentContents contents;
    private final RecordOwners owners;
    private final UserManagement users;
    private final Permissions permissions;
    private final HistoryManagement history;
    private final DataSize maxSize;

    DocumentManagement(JooqDocuments documents, DocumentContents contents, RecordOwners owners, UserManagement users,
            Permissions permissions, HistoryManagement history, @Value("${svyaz.documents.max-size}") DataSize maxSize) {
        this.history = history;
        this.documents = documents;
        this.contents = contents;
        this.owners = owners;
        this.users = users;
        this.permissions = permissions;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Attaches a file to a contact or a group.
     *
     * @param source the file's bytes; read twice (to hash, then to store)
     */
    @Transactional
    public Document attach(RecordOwner owner, String fileName, String contentType, long size, InputStreamSource source) {
        requireMayAttachTo(owner);
        if (size > maxSize.toBytes()) {
            throw tooLarge();
        }
        return store(owner, new DocumentUpload(fileName, contentType, size, source), this::tooLarge);
    }

    /**
     * Attaches several files at once, all or nothing: when one is too large, none is kept, and
     * the message names that file.
     */
    @Transactional
    public List<Document> attachAll(RecordOwner owner, List<DocumentUpload> uploads) {
        requireMayAttachTo(owner);
        if (uploads.isEmpty()) {
            throw InvalidInput.of("file", "error.required");
        }
        uploads.stream().filter(upload -> upload.size() > maxSize.toBytes()).findFirst().ifPresent(upload -> {
            throw tooLarge(upload);
        });
        return uploads.stream().map(upload -> store(owner, upload, () -> tooLarge(upload))).toList();
    }

    private void requireMayAttachTo(RecordOwner owner) {
        owners.requireVisible(owner);
        permissions.requireMayCreate();
    }

    private Document store(RecordOwner owner, DocumentUpload upload, Supplier<InvalidInput> tooLarge) {
        String sha256 = sha256(upload.source());
        long stored = contents.store(sha256, upload.source(), maxSize.toBytes());
        if (stored > maxSize.toBytes()) {
            throw tooLarge.get();
        }
        Document document = documents.insert(owner, cleanName(upload.fileName()), cleanContentType(upload.contentType()), stored,
                sha256, users.current().id());
        recordHistory(document, HistoryKind.DOCUMENT_ADDED);
        return document;
    }

    private void recordHistory(Document document, HistoryKind kind) {
        history.record(document.owner(), new NewHistoryItem(kind, null, null, document.name(), "", false, null));
    }

    public List<Document> of(RecordOwner owner) {
        owners.requireVisible(owner);
        return documents.of(owner);
    }

    /**
     * Those of the documents that exist and the current user may see now, with the contact or group
     * they belong to (for the audit log: one query for them, one per kind of owner).
     */
    public Set<UUID> visibleIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<UUID, RecordOwner> owned = documents.visibleOwners(ids, users.current().id());
        Set<RecordOwner> reachable = owners.visible(owned.values());
        return owned.entrySet().stream().filter(entry -> reachable.contains(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The document, if the current user may see its contact (or group). */
    public Document get(UUID documentId) {
        Document document = documents.byId(documentId).orElseThrow(DocumentNotFound::new);
        if (!owners.isVisible(document.owner())) {
            throw new DocumentNotFound();
        }
        return document;
    }

    /** Writes the document's bytes, exactly as uploaded, chunk by chunk. */
    public void writeContent(Document document, OutputStream out) {
        contents.write(document.sha256(), out);
    }

    @Transactional
    public void delete(UUID documentId) {
        Document document = get(documentId);
        permissions.requireMayChange(RecordKind.DOCUMENT, document.uploadedBy());
        permissions.requireMayDelete(RecordKind.DOCUMENT, document.uploadedBy());
        // the bytes stay while journal entries refer to them: `journal compact` removes them later
        documents.delete(documentId);
        recordHistory(document, HistoryKind.DOCUMENT_REMOVED);
    }

    /** A deleted contact takes its documents with it. */
    @EventListener
    void on(ContactDeleted deleted) {
        deleteAllOf(RecordOwner.contact(deleted.contactId()));
    }

    /** Deleted groups take their documents with them. */
    @EventListener
    void on(GroupsDeleted deleted) {
        deleted.groupIds().forEach(groupId -> deleteAllOf(RecordOwner.group(groupId)));
    }

    /** A group duplicated with all its fields gets its documents too. */
    @EventListener
    void on(GroupDuplicated duplicated) {
        if (duplicated.withRecords()) {
            documents.copyAll(duplicated.originalId(), duplicated.copyId());
        }
    }

    private void deleteAllOf(RecordOwner owner) {
        // the bytes stay while journal entries refer to them: `journal compact` removes them later
        documents.of(owner).forEach(document -> documents.delete(document.id()));
    }

    private InvalidInput tooLarge() {
        return InvalidInput.of("file", "error.document.tooLarge", maxSize.toMegabytes());
    }

    private InvalidInput tooLarge(DocumentUpload upload) {
        return InvalidInput.of("file", "error.document.oneTooLarge", cleanName(upload.fileName()), maxSize.toMegabytes());
    }

    /**
     * The file name without any folder a browser sends along, without control characters, and
     * without the marks that change the direction of text: a right-to-left override makes
     * "invoice_gpj.exe" read as "invoice_exe.jpg".
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder cleaned = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isDirectionMark(c)).forEach(cleaned::appendCodePoint);
        String result = cleaned.toString().strip();
        if (result.isEmpty() || result.equals(".") || result.equals("..")) {
            return "file";
        }
        return result.length() <= MAX_NAME_LENGTH ? result : result.substring(0, MAX_NAME_LENGTH);
    }

    private static boolean isDirectionMark(int c) {
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    static String cleanContentType(String contentType) {
        if (contentType == null) {
            return UNKNOWN_TYPE;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase();
        return CONTENT_TYPE.matcher(type).matches() ? type : UNKNOWN_TYPE;
    }

    private static String sha256(InputStreamSource source) {
        try (InputStream in = new DigestInputStream(source.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
