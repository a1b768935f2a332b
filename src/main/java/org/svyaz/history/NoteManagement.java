package org.svyaz.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.AccessGrants;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.groups.RecordOwners;
import org.svyaz.history.internal.HistoryPermissions;
import org.svyaz.history.internal.JooqNotes;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.RecordKind;
import org.svyaz.users.UserManagement;

/**
 * Notes on contacts and groups. A note is seen by everyone who sees its contact or group, unless it is private:
 * then by its author alone. Its author (or an administrator) may edit or delete it.
 */
@Service
public class NoteManagement {

    static final String ENTITY = "note";

    /** Long enough for any note a person writes or pastes; a limit keeps a runaway paste out. */
    public static final int MAX_LENGTH = 1_000_000;

    private final JooqNotes notes;
    private final ContactManagement contacts;
    private final RecordOwners owners;
    private final UserManagement users;
    private final HistoryPermissions permissions;
    private final AccessGrants grants;

    NoteManagement(JooqNotes notes, ContactManagement contacts, RecordOwners owners, UserManagement users,
            HistoryPermissions permissions, AccessGrants grants) {
        this.grants = grants;
        this.notes = notes;
        this.contacts = contacts;
        this.owners = owners;
        this.users = users;
        this.permissions = permissions;
    }

    @Transactional
    public Note add(UUID contactId, String text, boolean isPrivate) {
        return add(RecordOwner.contact(contactId), text, isPrivate);
    }

    @Transactional
    public Note add(RecordOwner owner, String text, boolean isPrivate) {
        return add(owner, text, RecordAccess.privateIf(isPrivate));
    }

    /** Adds a note seen by whom {@code access} says (its author always). */
    @Transactional
    public Note add(RecordOwner owner, String text, RecordAccess access) {
        owners.requireVisible(owner);
        CurrentUser me = permissions.requireWriter();
        String checked = checkText(text);
        Note note = notes.insert(owner, checked, access.level(), me.id(), OffsetDateTime.now(ZoneOffset.UTC));
        grants.write(ENTITY, note.id(), owner.id(), RecordAccess.PUBLIC, access);
        return get(note.id());
    }

    /** Adds many notes at once (for imports and the generator), each dated as given. */
    @Transactional
    public void addAll(List<NewNote> newNotes) {
        CurrentUser me = permissions.requireWriter();
        newNotes.forEach(note -> checkText(note.text()));
        Set<UUID> contactIds = newNotes.stream().map(NewNote::contactId).collect(Collectors.toSet());
        if (contacts.getAll(contactIds).size() != contactIds.size()) {
            throw new ContactNotFound();
        }
        notes.insertAll(newNotes, me.id());
    }

    @Transactional
    public Note edit(UUID noteId, String text, boolean isPrivate, long expectedVersion) {
        Note note = get(noteId);
        return edit(noteId, text, isPrivate == note.isPrivate() ? note.access() : RecordAccess.privateIf(isPrivate), expectedVersion);
    }

    @Transactional
    public Note edit(UUID noteId, String text, RecordAccess access, long expectedVersion) {
        Note note = get(noteId);
        permissions.requireMayChange(RecordKind.NOTE, note.authorId());
        String checked = checkText(text);
        notes.update(noteId, checked, access.level(), expectedVersion);
        grants.write(ENTITY, noteId, note.owner().id(), note.access(), access);
        return get(noteId);
    }

    @Transactional
    public void delete(UUID noteId) {
        Note note = get(noteId);
        permissions.requireMayDelete(RecordKind.NOTE, note.authorId());
        grants.forget(ENTITY, List.of(noteId));
        notes.delete(noteId);
    }

    /**
     * Those of the notes that exist and the current user may see now, with the contact or group
     * they belong to (for the audit log: one query for them, one per kind of owner).
     */
    public Set<UUID> visibleIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<UUID, RecordOwner> owned = notes.visibleOwners(ids, users.current().id());
        Set<RecordOwner> reachable = owners.visible(owned.values());
        return owned.entrySet().stream().filter(entry -> reachable.contains(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The note, if the current user may see it and its contact. */
    public Note get(UUID noteId) {
        Note note = notes.visible(noteId, users.current().id()).orElseThrow(NoteNotFound::new);
        if (!owners.isVisible(note.owner())) {
            throw new NoteNotFound();
        }
        return note.with(grants.of(noteId, note.access().level()));
    }

    /** The notes of a contact or group that the current user may see, newest first. */
    public List<Note> of(RecordOwner owner) {
        owners.requireVisible(owner);
        List<Note> found = notes.of(owner, users.current().id());
        Map<UUID, RecordAccess> accesses = grants.of(found, Note::id, note -> note.access().level());
        return found.stream().map(note -> note.with(accesses.get(note.id()))).toList();
    }

    private static String checkText(String text) {
        String trimmed = text == null ? "" : text.strip();
        FieldErrors errors = new FieldErrors();
        if (trimmed.isEmpty()) {
            errors.add("text", "error.required");
        }
        errors.checkLength("text", trimmed, MAX_LENGTH);
        errors.throwIfAny();
        return trimmed;
    }
}
