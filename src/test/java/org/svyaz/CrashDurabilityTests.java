package org.svyaz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx means the write is on disk: Svyaz runs as its own program under a burst of creates over
 * the API, is killed with SIGKILL in the middle of it and started again on the same data; every
 * contact, note and document it answered 201 for must be there. On the embedded database, or in
 * the PostgreSQL run on a fresh PostgreSQL database.
 */
@Tag("database")
class CrashDurabilityTests {

    private static final int WRITERS = 8;
    private static final int CONTACTS_BEFORE_THE_KILL = 100;
    private static final int DOCUMENT_EVERY = 4;
    private static final long BURST_LIMIT_SECONDS = 120;

    @TempDir
    Path dataDirectory;

    private final List<ChildSvyaz> started = new ArrayList<>();

    @BeforeAll
    static void requirePostgresWhenAskedFor() {
        SvyazTests.requirePostgresWhenAskedFor();
    }

    @AfterEach
    void killEveryChild() {
        started.forEach(ChildSvyaz::kill);
    }

    @Test
    void keepsEveryAcknowledgedWriteWhenKilledDuringABurstOfCreates() throws InterruptedException {
        Map<String, String> database = database();
        ChildSvyaz first = start(database, "before-kill");
        List<Acknowledged> acknowledged = burstThenKill(first);
        ChildSvyaz again = start(database, "after-restart");

        ApiClient admin = again.admin();
        List<String> lost = acknowledged.stream().flatMap(write -> write.missingFrom(admin).stream()).toList();
        assertThat(acknowledged).as("contacts answered 201 before the kill").hasSizeGreaterThanOrEqualTo(CONTACTS_BEFORE_THE_KILL);
        assertThat(lost).as("writes answered 201 and gone after the restart (child output under target/crash-durability)").isEmpty();
    }

    private ChildSvyaz start(Map<String, String> database, String name) {
        ChildSvyaz child = ChildSvyaz.start(dataDirectory, database, (TestDatabase.onPostgres() ? "postgres-" : "h2-") + name);
        started.add(child);
        return child;
    }

    /** The embedded database under the data directory, or a fresh PostgreSQL database in the PostgreSQL run. */
    private static Map<String, String> database() {
        if (!TestDatabase.onPostgres()) {
            return Map.of();
        }
        return Map.of("SPRING_DATASOURCE_URL", TestDatabase.freshPostgresDatabase("svyaz_crash_test"),
                "SPRING_DATASOURCE_USERNAME", TestDatabase.postgresUser(),
                "SPRING_DATASOURCE_PASSWORD", TestDatabase.postgresPassword());
    }

    /**
     * Writers create contacts, each with a note and some with a document, as fast as the server
     * answers; once enough are acknowledged the server is killed while they keep writing.
     */
    private static List<Acknowledged> burstThenKill(ChildSvyaz child) throws InterruptedException {
        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger contacts = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            int number = writer;
            writers.execute(() -> write(child.admin(), number, acknowledged, contacts, killed));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BURST_LIMIT_SECONDS);
        while (contacts.get() < CONTACTS_BEFORE_THE_KILL && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        child.kill();
        killed.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).as("writers stop once the server is gone").isTrue();
        return List.copyOf(acknowledged);
    }

    private static void write(ApiClient api, int writer, Queue<Acknowledged> acknowledged, AtomicInteger contacts, AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            try {
                String lastName = "Writer" + writer + "-" + i;
                ApiClient.Response contact = api.post("/api/v1/contacts", Map.of("company", "Crash test " + writer, "lastName", lastName,
                        "city", "Тверь"));
                if (contact.status() != 201) {
                    continue;
                }
                Acknowledged write = new Acknowledged(contact.id(), "Crash test " + writer, lastName);
                acknowledged.add(write);
                contacts.incrementAndGet();
                ApiClient.Response note = api.post("/api/v1/contacts/" + write.contactId() + "/notes", Map.of("text", "Called " + lastName));
                if (note.status() == 201) {
                    write.noteId = note.id();
                }
                if (i % DOCUMENT_EVERY == 0) {
                    byte[] content = ("Offer for " + lastName).getBytes(StandardCharsets.UTF_8);
                    ApiClient.Response document = api.upload("/api/v1/contacts/" + write.contactId() + "/documents", lastName + ".txt",
                            "text/plain", content);
                    if (document.status() == 201) {
                        write.documentId = document.id();
                        write.documentContent = content;
                    }
                }
            } catch (IllegalStateException connectionLost) {
                // the server was killed under this request: it was never acknowledged
                return;
            }
        }
    }

    /** A contact answered 201, with the note and the document that were answered 201 for it. */
    private static final class Acknowledged {

        private final String contactId;
        private final String company;
        private final String lastName;
        private volatile String noteId;
        private volatile String documentId;
        private volatile byte[] documentContent;

        Acknowledged(String contactId, String company, String lastName) {
            this.contactId = contactId;
            this.company = company;
            this.lastName = lastName;
        }

        String contactId() {
            return contactId;
        }

        /** What of this write the restarted server does not give back as it was acknowledged. */
        List<String> missingFrom(ApiClient api) {
            List<String> missing = new ArrayList<>();
            ApiClient.Response contact = api.get("/api/v1/contacts/" + contactId);
            if (contact.status() != 200 || !contact.json().get("lastName").asText().equals(lastName)
                    || !contact.json().get("company").asText().equals(company)) {
                missing.add("contact " + contactId + " (" + lastName + "): " + contact.status());
            }
            if (noteId != null) {
                ApiClient.Response note = api.get("/api/v1/notes/" + noteId);
                if (note.status() != 200 || !note.json().get("text").asText().equals("Called " + lastName)) {
                    missing.add("note " + noteId + " of " + lastName + ": " + note.status());
                }
            }
            if (documentId != null) {
                ApiClient.Response document = api.get("/api/v1/documents/" + documentId + "/content");
                if (document.status() != 200 || !Arrays.equals(document.bytes(), documentContent)) {
                    missing.add("document " + documentId + " of " + lastName + ": " + document.status());
                }
            }
            return missing;
        }
    }
}
