package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CONTACT;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.SvyazTests;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.journal.ExchangedEntry;
import org.svyaz.journal.JournalCursor;
import org.svyaz.journal.JournalExchange;
import org.svyaz.journal.JournaledWrites;

/**
 * Reading this database's changes "after a position", as a partner does: transactions come in
 * the order they committed, a long one that began first and committed last is read after the
 * others and never skipped, and pages of any size give every entry exactly once.
 */
class JournalReadingTests extends SvyazTests {

    @Autowired
    JournalExchange exchange;

    @Autowired
    JournaledWrites writes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DSLContext dsl;

    @Autowired
    ContactManagement contacts;

    @Test
    void aTransactionThatCommitsLastIsReadAfterTheOthersThoughItsEntriesCameFirst() throws Exception {
        UUID barney = as(data.admin(), () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID homer = as(data.admin(), () -> contacts.create(ContactFields.named("Power plant", "Homer", "Simpson")).id());
        JournalCursor readBefore = lastCursor(JournalCursor.BEGINNING);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);

        CompletableFuture<Void> longRun = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            setCity(barney, "Long 1");
            setCity(barney, "Long 2");
            written.countDown();
            await(mayCommit);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status -> setCity(homer, "Short"));
        List<ExchangedEntry> beforeTheLongOneCommits = readAll(readBefore, 100);
        mayCommit.countDown();
        longRun.get(30, TimeUnit.SECONDS);
        List<ExchangedEntry> afterIt = readAll(beforeTheLongOneCommits.get(beforeTheLongOneCommits.size() - 1).cursor(), 100);

        assertThat(beforeTheLongOneCommits).extracting(ExchangedEntry::value).containsExactly("\"Short\"");
        assertThat(afterIt).extracting(ExchangedEntry::value).containsExactly("\"Long 1\"", "\"Long 2\"");
        assertThat(afterIt.get(0).originSeq()).as("written before the short transaction's entry")
                .isLessThan(beforeTheLongOneCommits.get(0).originSeq());
        assertThat(afterIt.get(0).originPosition()).isGreaterThan(beforeTheLongOneCommits.get(0).originPosition());
    }

    @Test
    void pagesOfAnySizeGiveEveryEntryOnceInCommitOrder() {
        JournalCursor start = lastCursor(JournalCursor.BEGINNING);
        List<UUID> made = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 7; i++) {
                String lastName = "Szyslak " + i;
                made.add(as(data.admin(), () -> contacts.create(ContactFields.named("Moe's", "Moe", lastName)).id()));
            }
        });
        for (int i = 0; i < 5; i++) {
            String city = "City " + i;
            transactions.executeWithoutResult(status -> setCity(made.get(0), city));
        }
        List<ExchangedEntry> whole = readAll(start, 1000);
        assertThat(whole).hasSize(7 + 5);

        for (int pageSize = 1; pageSize <= 6; pageSize++) {
            assertThat(readAll(start, pageSize)).as("pages of %d", pageSize).isEqualTo(whole);
        }
        assertThat(whole).extracting(ExchangedEntry::originPosition).isSorted();
    }

    private void setCity(UUID contact, String city) {
        writes.setField("contact", contact, null, "city", city, dsl.update(CONTACT).set(CONTACT.CITY, city).where(CONTACT.ID.eq(contact)));
    }

    /** Everything after the cursor, read a page at a time as a partner would. */
    private List<ExchangedEntry> readAll(JournalCursor after, int pageSize) {
        List<ExchangedEntry> all = new ArrayList<>();
        JournalCursor cursor = after;
        while (true) {
            List<ExchangedEntry> page = exchange.entriesOf(exchange.databaseId(), cursor, pageSize);
            if (page.isEmpty()) {
                return all;
            }
            assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(page);
            cursor = page.get(page.size() - 1).cursor();
        }
    }

    private JournalCursor lastCursor(JournalCursor after) {
        List<ExchangedEntry> all = readAll(after, 1000);
        return all.isEmpty() ? after : all.get(all.size() - 1).cursor();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
