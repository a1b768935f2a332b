package org.svyaz.history.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.RecordAccess;
import org.svyaz.history.HistoryItem;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.history.Note;
import org.svyaz.history.NoteManagement;
import org.svyaz.history.TimelineEntry;
import org.svyaz.history.TimelineFilter;
import org.svyaz.history.TimelinePage;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.ListJson;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.UserManagement;

/** Notes and history of contacts and groups over the REST API (API.md, "Contacts", "Groups"). */
@RestController
@RequestMapping("/api/v1")
class HistoryApiController {

    private final NoteManagement notes;
    private final HistoryManagement history;
    private final UserManagement users;
    private final AccessGrants grants;

    HistoryApiController(NoteManagement notes, HistoryManagement history, UserManagement users, AccessGrants grants) {
        this.grants = grants;
        this.notes = notes;
        this.history = history;
        this.users = users;
    }

    @PostMapping("/contacts/{contactId}/notes")
    ResponseEntity<NoteJson> addNote(@PathVariable UUID contactId, @RequestBody NoteRequest request) {
        return addNote(RecordOwner.contact(contactId), request);
    }

    @PostMapping("/groups/{groupId}/notes")
    ResponseEntity<NoteJson> addGroupNote(@PathVariable UUID groupId, @RequestBody NoteRequest request) {
        return addNote(RecordOwner.group(groupId), request);
    }

    private ResponseEntity<NoteJson> addNote(RecordOwner owner, NoteRequest request) {
        FieldErrors errors = new FieldErrors();
        RecordAccess access = grants.resolve(request.accessInput(), RecordAccess.PUBLIC, errors);
        errors.throwIfAny();
        Note note = notes.add(owner, request.text(), access);
        return ResponseEntity.created(URI.create("/api/v1/notes/" + note.id())).body(toJson(note));
    }

    @GetMapping("/contacts/{contactId}/notes")
    ListJson<NoteJson> notesOf(@PathVariable UUID contactId, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return notesOf(RecordOwner.contact(contactId), limit, after);
    }

    @GetMapping("/groups/{groupId}/notes")
    ListJson<NoteJson> groupNotes(@PathVariable UUID groupId, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return notesOf(RecordOwner.group(groupId), limit, after);
    }

    private ListJson<NoteJson> notesOf(RecordOwner owner, int limit, String after) {
        List<Note> found = notes.of(owner);
        Map<UUID, String> names = users.userNames(found.stream().map(Note::authorId).toList());
        return ListJson.page(found.stream().map(note -> NoteJson.of(note, names.get(note.authorId()), grants.userNames(note.access())))
                .toList(),
                note -> note.id().toString(), after, limit);
    }

    @GetMapping("/notes/{id}")
    NoteJson note(@PathVariable UUID id) {
        return toJson(notes.get(id));
    }

    @PatchMapping("/notes/{id}")
    NoteJson editNote(@PathVariable UUID id, @RequestBody NoteRequest request) {
        Note note = notes.get(id);
        FieldErrors errors = new FieldErrors();
        RecordAccess access = grants.resolve(request.accessInput(), note.access(), errors);
        errors.throwIfAny();
        return toJson(notes.edit(id, request.text() == null ? note.text() : request.text(), access,
                request.version() == null ? note.version() : request.version()));
    }

    @DeleteMapping("/notes/{id}")
    ResponseEntity<Void> deleteNote(@PathVariable UUID id) {
        notes.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The Notes/History tab: notes (kind NOTE) and history items, newest first. */
    @GetMapping("/contacts/{contactId}/history")
    ListJson<HistoryJson> historyOf(@PathVariable UUID contactId, @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String after) {
        return historyOf(RecordOwner.contact(contactId), false, new TimelineFilter(kinds(kind), from, to), limit, after);
    }

    /** A group's Notes/History tab; with {@code includeMembers=true} also its member contacts' entries. */
    @GetMapping("/groups/{groupId}/history")
    ListJson<HistoryJson> groupHistory(@PathVariable UUID groupId, @RequestParam(defaultValue = "false") boolean includeMembers,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String after) {
        return historyOf(RecordOwner.group(groupId), includeMembers, new TimelineFilter(kinds(kind), from, to), limit, after);
    }

    private ListJson<HistoryJson> historyOf(RecordOwner owner, boolean includeMembers, TimelineFilter filter, int limit, String after) {
        TimelinePage page = history.timeline(owner, includeMembers, filter, after, limit);
        Map<UUID, String> names = users.userNames(page.items().stream().map(TimelineEntry::userId).toList());
        List<HistoryJson> items = page.items().stream()
                .map(entry -> HistoryJson.of(owner, entry, names.get(entry.userId())))
                .toList();
        return new ListJson<>(history.count(owner, includeMembers, filter), items, page.next());
    }

    @PostMapping("/contacts/{contactId}/history")
    ResponseEntity<HistoryJson> record(@PathVariable UUID contactId, @RequestBody HistoryRequest request) {
        return record(RecordOwner.contact(contactId), request);
    }

    @PostMapping("/groups/{groupId}/history")
    ResponseEntity<HistoryJson> recordOnGroup(@PathVariable UUID groupId, @RequestBody HistoryRequest request) {
        return record(RecordOwner.group(groupId), request);
    }

    private ResponseEntity<HistoryJson> record(RecordOwner owner, HistoryRequest request) {
        requireKind(request, HistoryKind.MANUAL);
        HistoryItem item = history.record(owner, new NewHistoryItem(HistoryKind.MANUAL, request.activityType(),
                request.result(), request.regarding(), request.details(), Boolean.TRUE.equals(request.isPrivate()),
                request.occurredAt()));
        return ResponseEntity.created(URI.create("/api/v1/history/" + item.id())).body(toJson(item));
    }

    @GetMapping("/history/{id}")
    HistoryJson historyItem(@PathVariable UUID id) {
        return toJson(history.get(id));
    }

    @PatchMapping("/history/{id}")
    HistoryJson editHistoryItem(@PathVariable UUID id, @RequestBody HistoryRequest request) {
        HistoryItem item = history.get(id);
        requireKind(request, item.kind());
        NewHistoryItem changed = new NewHistoryItem(item.kind(),
                request.activityType() == null ? item.activityType() : request.activityType(),
                request.result() == null ? item.result() : request.result(),
                request.regarding() == null ? item.regarding() : request.regarding(),
                request.details() == null ? item.details() : request.details(),
                request.isPrivate() == null ? item.isPrivate() : request.isPrivate(),
                request.occurredAt() == null ? item.occurredAt() : request.occurredAt());
        return toJson(history.edit(id, changed, request.version() == null ? item.version() : request.version()));
    }

    @DeleteMapping("/history/{id}")
    ResponseEntity<Void> deleteHistoryItem(@PathVariable UUID id) {
        history.delete(id);
        return ResponseEntity.noContent().build();
    }


    /** The kind is not the client's to choose: it may only repeat the one the item has (or gets). */
    private static void requireKind(HistoryRequest request, HistoryKind kind) {
        if (request.kind() != null && request.kind() != kind) {
            throw InvalidInput.of("kind", "error.history.kind");
        }
    }

    private static Set<HistoryKind> kinds(List<String> names) {
        Set<HistoryKind> kinds = EnumSet.noneOf(HistoryKind.class);
        for (String name : names == null ? List.<String>of() : names) {
            for (String part : name.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                kinds.add(Arrays.stream(HistoryKind.values()).filter(kind -> kind.name().equalsIgnoreCase(part.trim())).findFirst()
                        .orElseThrow(() -> InvalidInput.of("kind", "error.history.unknownKind", part.trim())));
            }
        }
        return kinds;
    }

    private NoteJson toJson(Note note) {
        return NoteJson.of(note, users.userNames(Set.of(note.authorId())).get(note.authorId()), grants.userNames(note.access()));
    }

    private HistoryJson toJson(HistoryItem item) {
        TimelineEntry entry = new TimelineEntry(item.id(), item.kind(), item.regarding(), item.details(), item.activityType(),
                item.result(), item.isPrivate(), item.userId(), item.occurredAt(), item.version(), item.contactId());
        return HistoryJson.of(item.owner(), entry, users.userNames(new HashSet<>(List.of(item.userId()))).get(item.userId()));
    }
}
