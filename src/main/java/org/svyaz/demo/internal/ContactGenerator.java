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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.history.NewNote;
import org.svyaz.history.NoteManagement;
import org.svyaz.shell.BulkLoad;
import org.svyaz.shell.CommandLine;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * {@code java -jar svyaz.jar generate --contacts=N [--notes-per-contact=K] [--seed=S]}: fills
 * the database (the embedded one, or PostgreSQL given SPRING_DATASOURCE_URL) with N realistic
 * contacts managed by admin, each with up to K notes and, for two in three, a contract code.
 * Every write goes through the journal, as a user's would.
 */
@Component
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.GENERATE)
class ContactGenerator implements ApplicationRunner {

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

    ContactGenerator(UserManagement users, ContactManagement contacts, CustomFieldManagement customFields, NoteManagement notes,
            BulkLoad bulkLoad) {
        this.users = users;
        this.contacts = contacts;
        this.customFields = customFields;
        this.notes = notes;
        this.bulkLoad = bulkLoad;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int count = intOption(arguments, "contacts", 1000);
        int notesPerContact = intOption(arguments, "notes-per-contact", 1);
        long seed = intOption(arguments, "seed", 42);
        User admin = users.byUserName("admin").orElseThrow();
        long started = System.nanoTime();
        users.actingAs(admin.id(), () -> {
            if (count >= DEFERRED_INDEXES_FROM) {
                bulkLoad.withIndexesDeferred(LOADED_TABLES, () -> generate(count, notesPerContact, seed));
            } else {
                generate(count, notesPerContact, seed);
            }
            return null;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Svyaz: generated %d contacts in %.1f s (%.0f contacts/s)%n", count, seconds, count / seconds);
    }

    /** Loads the batches on two threads (this machine's cores): the database works on both. */
    private Void generate(int count, int notesPerContact, long seed) {
        if (customFields.fieldsOf("contact").stream().noneMatch(field -> field.name().equals("contractCode"))) {
            customFields.define(new NewCustomField("contact", "contractCode", "Код договора / Contract code", CustomFieldType.TEXT, List.of()));
        }
        UUID actor = users.current().id();
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < count; from += BATCH) {
                int first = from;
                int size = Math.min(BATCH, count - from);
                batches.add(loaders.submit(() -> users.actingAs(actor, () -> loadBatch(first, size, count, notesPerContact, seed))));
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

    private static int intOption(ApplicationArguments arguments, String name, int defaultValue) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(values.get(0).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not " + values.get(0), e);
        }
    }
}
