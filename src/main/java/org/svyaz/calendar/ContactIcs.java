package org.svyaz.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.Priority;
import org.svyaz.calendar.IcsEvents.ParsedEvent;
import org.svyaz.calendar.IcsEvents.Problem;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.UserFacingException;

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
    private final TransactionTemplate wholeImport;
    private final TransactionTemplate oneEvent;

    ContactIcs(ActivityManagement activities, ContactManagement contacts, IcsWriter writer, DisplayTime time, MessageSource messages,
            PlatformTransactionManager transactions) {
        this.activities = activities;
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
        return writer.write(activities.ofContact(contactId, true), locale);
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
        IcsEvents.checkSize(size);
        List<ParsedEvent> parsed = IcsEvents.read(bytes(file), time.zone(), activities.today());
        return wholeImport.execute(status -> {
            List<ImportedEvent> events = new ArrayList<>();
            int created = 0;
            for (ParsedEvent event : parsed) {
                ImportedEvent result = schedule(contactId, event, locale);
                events.add(result);
                created += result.errors().isEmpty() ? result.occurrences() : 0;
            }
            if (preview) {
                // a preview schedules as the import would, to hear every rule, and keeps nothing
                status.setRollbackOnly();
            }
            return new ImportResult(preview, created, events);
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
        if (event.problem() != null) {
            errors.add(text(event.problem(), locale));
        } else {
            oneEvent.executeWithoutResult(status -> {
                try {
                    event.starts().forEach(start -> activities.schedule(fields(contactId, event, start)));
                } catch (UserFacingException refused) {
                    status.setRollbackOnly();
                    errors.addAll(texts(refused, locale));
                }
            });
        }
        List<String> notes = event.note() == null ? List.of() : List.of(text(event.note(), locale));
        LocalDateTime first = event.starts().isEmpty() ? null : event.starts().get(0);
        return new ImportedEvent(event.uid(), event.summary(), first == null ? null : first.toLocalDate(),
                first == null || event.timeless() ? null : first.toLocalTime(), event.durationMinutes(), event.starts().size(),
                errors, notes);
    }

    private static ActivityFields fields(UUID contactId, ParsedEvent event, LocalDateTime start) {
        LocalTime startTime = event.timeless() ? null : start.toLocalTime();
        return new ActivityFields(IMPORTED_TYPE, start.toLocalDate(), startTime, null, event.durationMinutes(), List.of(contactId),
                event.summary(), event.description(), Priority.MEDIUM, null, null, null, null, event.isPrivate(), null);
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

    /** An import's outcome: how many activities it made (or would make, in a preview), and each event's. */
    public record ImportResult(boolean preview, int created, List<ImportedEvent> events) {
    }

    /**
     * One event of the file: its first date (and time, null when all-day), how many activities it
     * makes, why it cannot be imported ({@code errors}, empty when it can) and what was capped.
     */
    public record ImportedEvent(String uid, String summary, LocalDate date, LocalTime time, Integer durationMinutes,
            int occurrences, List<String> errors, List<String> notes) {
    }
}
