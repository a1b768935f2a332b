package org.svyaz.demo.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.history.NewNote;
import org.svyaz.history.NoteManagement;
import org.svyaz.shell.BulkLoad;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Loads realistic contacts, managed by admin, with notes and contract codes, through the same
 * module APIs (and so the same checks and journal) as any other write; for the generate and
 * bench commands.
 */
@Component
class ContactLoader {

    private static final int BATCH = 5000;
    private static final int LOADERS = 2;
    /** From this many contacts on, building the indexes once at the end is faster than keeping them up to date. */
    private static final int DEFERRED_INDEXES_FROM = 50_000;
    private static final List<String> LOADED_TABLES = List.of("contact", "custom_value", "note", "journal_entry");

    private final UserManagement users;
    private final ContactManagement contacts;
    private final CustomFieldManagement customFields;
    private final NoteManagement notes;
    private final BulkLoad bulkLoad;

    ContactLoader(UserManagement users, ContactManagement contacts, CustomFieldManagement customFields, NoteManagement notes,
            BulkLoad bulkLoad) {
        this.users = users;
        this.contacts = contacts;
        this.customFields = customFields;
        this.notes = notes;
        this.bulkLoad = bulkLoad;
    }

    /** Loads {@code count} contacts numbered from {@code first} on; returns the seconds it took. */
    double load(int first, int count, int notesPerContact, long seed) {
        User admin = users.byUserName("admin").orElseThrow();
        long started = System.nanoTime();
        users.actingAs(admin.id(), () -> count >= DEFERRED_INDEXES_FROM
                ? bulkLoad.withIndexesDeferred(LOADED_TABLES, () -> generate(first, count, notesPerContact, seed))
                : generate(first, count, notesPerContact, seed));
        return (System.nanoTime() - started) / 1e9;
    }

    /** Loads the batches on two threads (this machine's cores): the database works on both. */
    private Void generate(int first, int count, int notesPerContact, long seed) {
        if (customFields.fieldsOf("contact").stream().noneMatch(field -> field.name().equals("contractCode"))) {
            customFields.define(new NewCustomField("contact", "contractCode", "Код договора / Contract code", CustomFieldType.TEXT, List.of()));
        }
        UUID actor = users.current().id();
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = first; from < first + count; from += BATCH) {
                int start = from;
                int size = Math.min(BATCH, first + count - from);
                batches.add(loaders.submit(() -> users.actingAs(actor, () -> loadBatch(start, size, first + count, notesPerContact, seed))));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Generating was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Generating failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            loaders.shutdownNow();
        }
        return null;
    }

    /** One batch, in its own transactions, from its own seed, so the data is the same however the batches interleave. */
    private Void loadBatch(int from, int size, int count, int notesPerContact, long seed) {
        RealisticContacts realistic = new RealisticContacts(seed + from);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ContactFields> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(realistic.next(from + i + 1));
        }
        List<UUID> ids = contacts.createAll(batch);
        List<NewNote> newNotes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int noteCount = notesPerContact == 0 ? 0 : (from + i) % (notesPerContact + 1);
            for (int n = 0; n < noteCount; n++) {
                newNotes.add(new NewNote(ids.get(i), realistic.note(), false, now.minusHours((from + i + n) % 20_000)));
            }
        }
        notes.addAll(newNotes);
        System.out.printf("Svyaz: %d of %d contacts%n", from + size, count);
        return null;
    }

}
