package org.svyaz.contacts.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.contacts.ContactUpdated;
import org.svyaz.schema.tables.records.ContactRecord;
import org.svyaz.users.UserManagement;

/**
 * A My Record has no sales status, so that it never counts among anyone's prospects or clients.
 * My Records made before that were given the first status of the list; at start, those never
 * edited since lose it, each as its owner's change through the journal. A status a user chose
 * for their My Record (an edit, so a later version) stays, and a second start finds nothing.
 */
@Component
class MyRecordStatusRelease implements ApplicationRunner {

    private final JooqContacts contacts;
    private final UserManagement users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    MyRecordStatusRelease(JooqContacts contacts, UserManagement users, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        releaseDefaultStatuses();
    }

    /** @return how many My Records lost their default status */
    int releaseDefaultStatuses() {
        return transactions.execute(status -> {
            List<ContactRecord> untouched = contacts.untouchedMyRecordsWithAStatus();
            untouched.forEach(myRecord -> users.actingAs(myRecord.getMyRecordOf(), () -> {
                contacts.clearStatus(myRecord);
                // groups re-apply their rules: the record leaves "status is prospect" groups
                events.publishEvent(new ContactUpdated(myRecord.getId()));
                return null;
            }));
            return untouched.size();
        });
    }
}
