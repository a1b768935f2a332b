package org.svyaz.history.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.history.HistoryItem;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.history.Note;
import org.svyaz.history.NoteManagement;
import org.svyaz.history.TimelineEntry;
import org.svyaz.history.TimelineFilter;
import org.svyaz.history.TimelinePage;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.UserManagement;

/**
 * The Notes/History tab of the contact window and the groups window, loaded and changed in place
 * with htmx (SPEC C4, C5, G7). A group's tab can show its members' items as well.
 */
@Controller
class HistoryTabController {

    private static final int PAGE_SIZE = 50;
    /** The activity types a history item may record, by the codes API.md gives them (the to-do is TODO). */
    static final List<String> ACTIVITY_TYPES = List.of("CALL", "MEETING", "TODO", "OTHER");
    static final List<String> RESULTS = List.of("COMPLETED", "NOT_COMPLETED", "LEFT_MESSAGE", "OTHER");

    private final NoteManagement notes;
    private final HistoryManagement history;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final DisplayTime time;

    HistoryTabController(NoteManagement notes, HistoryManagement history, ContactManagement contacts, UserManagement users,
            DisplayTime time) {
        this.notes = notes;
        this.history = history;
        this.contacts = contacts;
        this.users = users;
        this.time = time;
    }

    @GetMapping("/{owners:contacts|groups}/{ownerId}/history")
    String tab(@PathVariable String owners, @PathVariable UUID ownerId, @RequestParam(defaultValue = "false") boolean members,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String after, Model model) {
        Set<HistoryKind> kinds = EnumSet.noneOf(HistoryKind.class);
        Arrays.stream(HistoryKind.values()).filter(known -> known.name().equals(kind)).forEach(kinds::add);
        RecordOwner owner = RecordOwner.of(owners, ownerId);
        TimelinePage page = history.timeline(owner, members, new TimelineFilter(kinds, from, to), after, PAGE_SIZE);
        model.addAttribute("owner", owner);
        model.addAttribute("members", members);
        model.addAttribute("contactNames", contactNames(page));
        model.addAttribute("page", page);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", HistoryKind.values());
        model.addAttribute("activityTypes", ACTIVITY_TYPES);
        model.addAttribute("results", RESULTS);
        model.addAttribute("userNames", users.userNames(page.items().stream().map(TimelineEntry::userId).toList()));
        model.addAttribute("me", users.current());
        model.addAttribute("today", LocalDate.now(time.zone()));
        model.addAttribute("now", LocalTime.now(time.zone()).withSecond(0).withNano(0));
        return after == null ? "history/tab :: tab" : "history/tab :: entries";
    }

    @PostMapping("/{owners:contacts|groups}/{ownerId}/notes")
    String addNote(@PathVariable String owners, @PathVariable UUID ownerId, @RequestParam String text,
            @RequestParam(defaultValue = "false") boolean isPrivate, Model model) {
        notes.add(RecordOwner.of(owners, ownerId), text, isPrivate);
        return tab(RecordOwner.of(owners, ownerId), model);
    }

    @GetMapping("/notes/{noteId}/edit")
    String editNote(@PathVariable UUID noteId, Model model) {
        model.addAttribute("note", notes.get(noteId));
        return "history/tab :: noteEditor";
    }

    @PostMapping("/notes/{noteId}")
    String updateNote(@PathVariable UUID noteId, @RequestParam String text, @RequestParam(defaultValue = "false") boolean isPrivate,
            @RequestParam long version, Model model) {
        Note note = notes.edit(noteId, text, isPrivate, version);
        return tab(note.owner(), model);
    }

    @PostMapping("/notes/{noteId}/delete")
    String deleteNote(@PathVariable UUID noteId, Model model) {
        Note note = notes.get(noteId);
        notes.delete(noteId);
        return tab(note.owner(), model);
    }

    @PostMapping("/{owners:contacts|groups}/{ownerId}/history")
    String record(@PathVariable String owners, @PathVariable UUID ownerId, @RequestParam String regarding, @RequestParam(defaultValue = "") String details,
            @RequestParam(defaultValue = "") String activityType, @RequestParam(defaultValue = "") String result,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime at,
            @RequestParam(defaultValue = "false") boolean isPrivate, Model model) {
        history.record(RecordOwner.of(owners, ownerId), new NewHistoryItem(HistoryKind.MANUAL, activityType, result, regarding, details,
                isPrivate, occurredAt(date, at)));
        return tab(RecordOwner.of(owners, ownerId), model);
    }

    @GetMapping("/history/{itemId}/edit")
    String editHistory(@PathVariable UUID itemId, Model model) {
        HistoryItem item = history.get(itemId);
        model.addAttribute("item", item);
        model.addAttribute("itemDate", item.occurredAt().atZoneSameInstant(time.zone()).toLocalDate());
        model.addAttribute("itemTime", item.occurredAt().atZoneSameInstant(time.zone()).toLocalTime().withSecond(0).withNano(0));
        model.addAttribute("activityTypes", ACTIVITY_TYPES);
        model.addAttribute("results", RESULTS);
        return "history/tab :: historyEditor";
    }

    @PostMapping("/history/{itemId}")
    String updateHistory(@PathVariable UUID itemId, @RequestParam String regarding, @RequestParam(defaultValue = "") String details,
            @RequestParam(defaultValue = "") String activityType, @RequestParam(defaultValue = "") String result,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime at,
            @RequestParam(defaultValue = "false") boolean isPrivate, @RequestParam long version, Model model) {
        HistoryItem item = history.edit(itemId, new NewHistoryItem(HistoryKind.MANUAL, activityType, result, regarding, details,
                isPrivate, occurredAt(date, at)), version);
        return tab(item.owner(), model);
    }

    @PostMapping("/history/{itemId}/delete")
    String deleteHistory(@PathVariable UUID itemId, Model model) {
        HistoryItem item = history.get(itemId);
        history.delete(itemId);
        return tab(item.owner(), model);
    }

    /** The tab as it first opens, after a change. */
    private String tab(RecordOwner owner, Model model) {
        return tab(owner.isGroup() ? "groups" : "contacts", owner.id(), false, "", null, null, null, model);
    }


    /** The names of the contacts whose items a group's tab shows, to say whose each is. */
    private Map<UUID, String> contactNames(TimelinePage page) {
        Set<UUID> ids = page.items().stream().map(TimelineEntry::contactId).filter(Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : contacts.getAll(ids).stream().collect(Collectors.toMap(Contact::id, Contact::displayName));
    }

    private OffsetDateTime occurredAt(LocalDate date, LocalTime at) {
        if (date == null) {
            return null;
        }
        return date.atTime(at == null ? LocalTime.NOON : at).atZone(time.zone()).toOffsetDateTime();
    }
}
