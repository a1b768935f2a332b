package org.svyaz.history.internal;

import static org.svyaz.schema.Tables.NOTE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Access;
import org.svyaz.access.Visibility;
import org.svyaz.history.NewNote;
import org.svyaz.history.Note;
import org.svyaz.history.NoteNotFound;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.NoteRecord;
import org.svyaz.shell.RecordOwner;

/** Notes in the {@code note} table; every write goes through the journal. */
@Repository
public class JooqNotes {

    private static final String ENTITY = "note";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqNotes(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    /** A private note is seen by its author alone. */
    static Condition visibleTo(UUID viewer) {
        return Visibility.visibleTo(viewer, NOTE.ACCESS, NOTE.AUTHOR_ID, NOTE.ID);
    }

    /** The owners of those of the records that exist and are not another user's private ones. */
    public Map<UUID, RecordOwner> visibleOwners(Collection<UUID> ids, UUID viewer) {
        return dsl.select(NOTE.ID, NOTE.CONTACT_ID, NOTE.GROUP_ID).from(NOTE).where(NOTE.ID.in(ids)).and(visibleTo(viewer))
                .fetchMap(NOTE.ID, row -> new RecordOwner(row.value2(), row.value3()));
    }

    public Note insert(RecordOwner owner, String text, Access access, UUID author, OffsetDateTime notedAt) {
        NoteRecord note = dsl.newRecord(NOTE);
        note.setContactId(owner.contactId());
        note.setGroupId(owner.groupId());
        note.setBody(text);
        note.setAccess(access.name());
        note.setAuthorId(author);
        note.setNotedAt(notedAt);
        note.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return toNote(writes.insert(ENTITY, note, owner.id()));
    }

    public void insertAll(List<NewNote> newNotes, UUID author) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<NoteRecord> records = newNotes.stream().map(newNote -> {
            NoteRecord note = dsl.newRecord(NOTE);
            note.setContactId(newNote.contactId());
            note.setBody(newNote.text().strip());
            note.setAccess(Access.privateIf(newNote.isPrivate()));
            note.setAuthorId(author);
            note.setNotedAt(newNote.notedAt());
            note.setUpdatedAt(now);
            return note;
        }).toList();
        writes.insertAll(ENTITY, records, NoteRecord::getContactId);
    }

    public Note update(UUID noteId, String text, Access access, long expectedVersion) {
        NoteRecord note = fetch(noteId);
        note.setBody(text);
        note.setAccess(access.name());
        note.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, note, expectedVersion, parentOf(note));
        return toNote(note);
    }

    public void delete(UUID noteId) {
        NoteRecord note = fetch(noteId);
        writes.delete(ENTITY, note, parentOf(note));
    }

    public List<UUID> idsOf(RecordOwner owner) {
        return dsl.select(NOTE.ID).from(NOTE).where(owner.isGroup() ? NOTE.GROUP_ID.eq(owner.id()) : NOTE.CONTACT_ID.eq(owner.id()))
                .fetch(NOTE.ID);
    }

    public void deleteAllOf(RecordOwner owner) {
        dsl.selectFrom(NOTE).where(owner.isGroup() ? NOTE.GROUP_ID.eq(owner.id()) : NOTE.CONTACT_ID.eq(owner.id())).fetch()
                .forEach(note -> writes.delete(ENTITY, note, owner.id()));
    }

    /** Copies every note of one group to another (a duplicate), each as a new note. */
    /** Copies a group's notes to another group; the ids of the limited ones' copies, by their originals' ids. */
    public Map<UUID, UUID> copyAll(UUID fromGroupId, UUID toGroupId) {
        Map<NoteRecord, NoteRecord> copies = new LinkedHashMap<>();
        dsl.selectFrom(NOTE).where(NOTE.GROUP_ID.eq(fromGroupId)).fetch().forEach(note -> {
            NoteRecord copy = note.copy();
            copy.setGroupId(toGroupId);
            copies.put(note, copy);
        });
        writes.insertAll(ENTITY, List.copyOf(copies.values()), NoteRecord::getGroupId);
        Map<UUID, UUID> limitedCopies = new LinkedHashMap<>();
        copies.forEach((note, copy) -> {
            if (Access.LIMITED.name().equals(note.getAccess())) {
                limitedCopies.put(note.getId(), copy.getId());
            }
        });
        return limitedCopies;
    }

    private static UUID parentOf(NoteRecord note) {
        return note.getContactId() != null ? note.getContactId() : note.getGroupId();
    }

    public Optional<Note> visible(UUID noteId, UUID viewer) {
        return dsl.selectFrom(NOTE).where(NOTE.ID.eq(noteId)).and(visibleTo(viewer)).fetchOptional(JooqNotes::toNote);
    }

    public List<Note> of(RecordOwner owner, UUID viewer) {
        return dsl.selectFrom(NOTE).where(owner.isGroup() ? NOTE.GROUP_ID.eq(owner.id()) : NOTE.CONTACT_ID.eq(owner.id()))
                .and(visibleTo(viewer))
                .orderBy(NOTE.NOTED_AT.desc(), NOTE.ID.desc())
                .fetch(JooqNotes::toNote);
    }

    private NoteRecord fetch(UUID noteId) {
        return dsl.selectFrom(NOTE).where(NOTE.ID.eq(noteId)).fetchOptional().orElseThrow(NoteNotFound::new);
    }

    static Note toNote(NoteRecord note) {
        return new Note(note.getId(), note.getContactId(), note.getGroupId(), note.getBody(), RecordAccess.of(Access.valueOf(note.getAccess())), note.getAuthorId(),
                note.getNotedAt(), note.getUpdatedAt(), note.getVersion());
    }
}
