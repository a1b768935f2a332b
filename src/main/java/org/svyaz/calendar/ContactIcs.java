package org.svyaz.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.EditScope;
import org.svyaz.activities.Priority;
import org.svyaz.calendar.IcsEvents.ParsedEvent;
import org.svyaz.calendar.IcsEvents.Problem;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.UserFacingException;
import org.svyaz.users.AuditTrail;
import org.svyaz.users.Permissions;

/**
 * A contact's activities as an .ics file, and an .ics file's events imported as activities with
 * the contact.
 *
 * <p>The export holds what the contact's Activities tab shows the user: other users' private
 * activities are left out there, so they are left out of the file too (not even as "busy", which
 * would tell that someone has a private activity with this contact).
 *
 * <p>Import schedules through {@link ActivityManagement}, so every activity rule applies, each
 * event as a meeting with the contact (an event names no activity type): all of a file in one
 * transaction, each event in a savepoint of its own, so a refused event is reported and the others
 * are imported; a preview does the same and rolls back. How events are read and recurrences capped:
 * {@link IcsEvents}.
 *
 * <p>Each activity keeps the UID of its event, so a file imported again (or a newer version of
 * it) changes the activities the user imported from it with the contact instead of adding more:
 * the event's occurrences and the activities found are paired by start, the activities of a
 * changed occurrence are updated (their type, priority, colour and other contacts as the user left
 * them), new occurrences are added and open activities of occurrences the event no longer has are
 * erased. A cleared activity is what happened and stays as it is.
 */
@Service
public class ContactIcs {

    /** Imported events become meetings: a calendar event says nothing of an activity type. */
    static final String IMPORTED_TYPE = ActivityType.MEETING;

    private final ActivityManagement activities;
    private final ContactManagement contacts;
    private final IcsWriter writer;
    private final DisplayTime time;
    private final MessageSource messages;
    private final AuditTrail auditTrail;
    private final TransactionTemplate wholeImport;
    private final TransactionTemplate oneEvent;
    private final Permissions permissions;

    ContactIcs(ActivityManagement activities, ContactManagement contacts, IcsWriter writer, DisplayTime time, MessageSource messages,
            AuditTrail auditTrail, PlatformTransactionManager transactions, Permissions permissions) {
        this.permissions = permissions;
        this.activities = activities;
        this.auditTrail = auditTrail;
        this.contacts = contacts;
        this.writer = writer;
        this.time = time;
        this.messages = messages;
        this.wholeImport = new TransactionTemplate(transactions);
        this.oneEvent = new TransactionTemplate(transactions);
        // each event in a savepoint of its own: a refused event is undone alone
        this.oneEvent.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * The contact's activities the user may see, open and cleared, as an iCalendar text; other
     * users' private activities are left out, as on the contact's Activities tab.
     *
     * @throws ContactNotFound when the user may not see the contact
     */
    public String export(UUID contactId, Locale locale) {
        List<Activity> found = activities.ofContact(contactId, true);
        String file = writer.write(found, locale, contacts.displayNames(List.of(contactId)).getOrDefault(contactId, ""));
        auditTrail.exported("activity", contactId, "activities.ics: " + found.size());
        return file;
    }

    /**
     * What a file's events are, and with {@code preview} false, imports those that pass every
     * rule, all in one transaction. A file too large or not iCalendar imports nothing.
     *
     * @param size the file's size, checked before it is read
     */
    public ImportResult importFile(UUID contactId, long size, InputStreamSource file, boolean preview, Locale locale) {
        if (!contacts.isVisible(contactId)) {
            throw new ContactNotFound();
        }
        // a role that may not schedule is refused the whole file, not each event in it
        permissions.requireMayCreate();
        IcsEvents.checkSize(size);
        List<ParsedEvent> parsed = IcsEvents.read(bytes(file), time.zone(), activities.today());
        return wholeImport.execute(status -> {
            List<ImportedEvent> events = new ArrayList<>();
            for (ParsedEvent event : parsed) {
                events.add(schedule(contactId, event, locale));
            }
            if (preview) {
                // a preview schedules as the import would, to hear every rule, and keeps nothing
                status.setRollbackOnly();
            }
            return new ImportResult(preview, events.stream().mapToInt(ImportedEvent::created).sum(),
                    events.stream().mapToInt(ImportedEvent::updated).sum(), events.stream().mapToInt(ImportedEvent::removed).sum(),
                    events);
        });
    }

    private static byte[] bytes(InputStreamSource file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw InvalidInput.of("file", "error.upload");
        }
    }

    private ImportedEvent schedule(UUID contactId, ParsedEvent event, Locale locale) {
        List<String> errors = new ArrayList<>();
        Changes changes = Changes.NONE;
        if (event.problem() != null) {
            errors.add(text(event.problem(), locale));
        } else {
            changes = oneEvent.execute(status -> {
                try {
                    return write(contactId, event);
                } catch (UserFacingException refused) {
                    status.setRollbackOnly();
                    errors.addAll(texts(refused, locale));
                    return Changes.NONE;
                }
            });
        }
        List<String> notes = event.note() == null ? List.of() : List.of(text(event.note(), locale));
        LocalDateTime first = event.starts().isEmpty() ? null : event.starts().get(0);
        return new ImportedEvent(event.uid(), event.summary(), first == null ? null : first.toLocalDate(),
                first == null || event.timeless() ? null : first.toLocalTime(), event.durationMinutes(), event.starts().size(),
                changes.created(), changes.updated(), changes.removed(), errors, notes);
    }

    /** How many activities one event makes, changes and erases. */
    private record Changes(int created, int updated, int removed) {
        static final Changes NONE = new Changes(0, 0, 0);
    }

    /**
     * Writes the event's occurrences, each over the activity imported from it before (paired by
     * start) or as a new one, and erases the open activities of occurrences it no longer has.
     */
    private Changes write(UUID contactId, ParsedEvent event) {
        // the event's times were read on the importing user's clock: the activities are compared and changed on it too
        ZoneId zone = time.zone();
        List<Activity> before = event.key().isEmpty() ? List.of()
                : activities.imported(contactId, event.key()).stream().map(activity -> activity.inZone(zone)).toList();
        int created = 0;
        int updated = 0;
        int removed = 0;
        for (int i = 0; i < event.starts().size(); i++) {
            LocalDateTime start = event.starts().get(i);
            if (i >= before.size()) {
                ActivityFields fields = fields(contactId, event, start);
                if (event.key().isEmpty()) {
                    activities.schedule(fields);
                } else {
                    activities.scheduleImported(fields, event.key());
                }
                created++;
            } else if (!before.get(i).cleared() && !same(before.get(i), event, start)) {
                Activity old = before.get(i);
                activities.update(old.id(), fields(old, contactId, event, start).in(zone), old.version(), EditScope.OCCURRENCE);
                updated++;
            }
        }
        for (Activity gone : before.subList(Math.min(before.size(), event.starts().size()), before.size())) {
            if (!gone.cleared()) {
                activities.erase(gone.id(), EditScope.OCCURRENCE);
                removed++;
            }
        }
        return new Changes(created, updated, removed);
    }

    private static ActivityFields fields(UUID contactId, ParsedEvent event, LocalDateTime start) {
        return new ActivityFields(IMPORTED_TYPE, start.toLocalDate(), startTime(event, start), null, event.durationMinutes(),
                List.of(contactId), event.summary(), event.description(), Priority.MEDIUM, null, event.alarmMinutes(), null, null,
                event.isPrivate(), null);
    }

    /** The event's new times and texts over an activity imported before, which keeps what the user chose here. */
    private static ActivityFields fields(Activity old, UUID contactId, ParsedEvent event, LocalDateTime start) {
        List<UUID> with = new ArrayList<>(old.contactIds());
        if (!with.contains(contactId)) {
            with.add(contactId);
        }
        int duration = event.durationMinutes() == null ? old.durationMinutes() : event.durationMinutes();
        return new ActivityFields(old.type(), start.toLocalDate(), startTime(event, start), null, duration, with, event.summary(),
                event.description(), old.priority(), old.color(), event.alarmMinutes(), null, old.groupId(), event.isPrivate(), null);
    }

    /** Whether the activity already is what the event's occurrence says, so importing it again changes nothing. */
    private static boolean same(Activity old, ParsedEvent event, LocalDateTime start) {
        return old.date().equals(start.toLocalDate()) && Objects.equals(old.time(), startTime(event, start))
                && (event.durationMinutes() == null || old.durationMinutes() == event.durationMinutes())
                && old.regarding().equals(event.summary()) && old.details().equals(event.description())
                && old.isPrivate() == event.isPrivate() && Objects.equals(old.alarmMinutesBefore(), event.alarmMinutes());
    }

    private static LocalTime startTime(ParsedEvent event, LocalDateTime start) {
        return event.timeless() ? null : start.toLocalTime();
    }

    private List<String> texts(UserFacingException refused, Locale locale) {
        if (refused instanceof InvalidInput invalid && !invalid.fieldErrors().isEmpty()) {
            return invalid.fieldErrors().values().stream()
                    .map(error -> messages.getMessage(error.messageKey(), error.arguments(), locale)).toList();
        }
        return List.of(messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }

    private String text(Problem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
    }

    /**
     * An import's outcome: how many activities it made, changed (imported before from the same
     * events) and erased (occurrences the events no longer have), or would, in a preview; and each event's.
     */
    public record ImportResult(boolean preview, int created, int updated, int removed, List<ImportedEvent> events) {

        /** How many activities the import writes in all. */
        public int changes() {
            return created + updated + removed;
        }

        /** Whether the file's events were all imported before and none of them changed since. */
        public boolean upToDate() {
            return changes() == 0 && events.stream().anyMatch(event -> event.errors().isEmpty() && event.occurrences() > 0);
        }
    }

    /**
     * One event of the file: its first date (and time, null when all-day), how many occurrences it
     * has and how many activities it makes, changes and erases, why it cannot be imported
     * ({@code errors}, empty when it can) and what was capped.
     */
    public record ImportedEvent(String uid, String summary, LocalDate date, LocalTime time, Integer durationMinutes,
            int occurrences, int created, int updated, int removed, List<String> errors, List<String> notes) {
    }
}
