package org.svyaz.demo.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    private final UserManagement users;
    private final ContactManagement contacts;
    private final CustomFieldManagement customFields;
    private final NoteManagement notes;

    ContactGenerator(UserManagement users, ContactManagement contacts, CustomFieldManagement customFields, NoteManagement notes) {
        this.users = users;
        this.contacts = contacts;
        this.customFields = customFields;
        this.notes = notes;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int count = intOption(arguments, "contacts", 1000);
        int notesPerContact = intOption(arguments, "notes-per-contact", 1);
        long seed = intOption(arguments, "seed", 42);
        User admin = users.byUserName("admin").orElseThrow();
        long started = System.nanoTime();
        users.actingAs(admin.id(), () -> {
            generate(count, notesPerContact, seed);
            return null;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Svyaz: generated %d contacts in %.1f s (%.0f contacts/s)%n", count, seconds, count / seconds);
    }

    private void generate(int count, int notesPerContact, long seed) {
        if (customFields.fieldsOf("contact").stream().noneMatch(field -> field.name().equals("contractCode"))) {
            customFields.define(new NewCustomField("contact", "contractCode", "Код договора / Contract code", CustomFieldType.TEXT, List.of()));
        }
        RealisticContacts realistic = new RealisticContacts(seed);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < count; from += BATCH) {
            int size = Math.min(BATCH, count - from);
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
        }
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
