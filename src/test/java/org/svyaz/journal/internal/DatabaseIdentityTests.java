package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.DATABASE_IDENTITY;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.journal.DatabaseIdentities;
import org.svyaz.journal.PreviousDatabaseId;

/** The database's id as the running application sees it when its fingerprint stops matching, or when told to take a new one. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseIdentityTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Autowired
    DatabaseIdentity identity;

    @Autowired
    DatabaseIdentities identities;

    @Autowired
    ContactManagement contacts;

    @Test
    void keepsItsIdWhileTheDatabaseIsTheSame() {
        UUID before = identities.current();
        assertThat(identity.recheck()).isEqualTo(before);
        assertThat(identities.history()).isEmpty();
    }

    @Test
    void aCopyTakesANewIdAndSaysSoWhileEntriesMadeBeforeKeepTheirs(CapturedOutput log) {
        UUID original = identities.current();
        Contact before = create("Made by the original");
        // what a copy finds: the rows of the original, among them a fingerprint of another database
        String elsewhere = TestDatabase.onPostgres() ? "postgresql;oid=1;system=1;timeline=1" : "h2;memory=elsewhere";
        dsl.update(DATABASE_IDENTITY).set(DATABASE_IDENTITY.FINGERPRINT, elsewhere).execute();

        UUID copy = identity.recheck();
        Contact after = create("Made by the copy");

        assertThat(copy).isNotEqualTo(original).isEqualTo(identities.current());
        assertThat(originOf(before)).isEqualTo(original);
        assertThat(originOf(after)).isEqualTo(copy);
        assertThat(identities.history()).singleElement().satisfies(previous -> {
            assertThat(previous.previousId()).isEqualTo(original);
            assertThat(previous.newId()).isEqualTo(copy);
            assertThat(previous.reason()).contains(elsewhere);
        });
        assertThat(log.getOut()).contains("This database is a copy or restore of database " + original + ": it is now database " + copy);
        assertThat(identity.recheck()).as("the copy's own fingerprint is stored with its new id").isEqualTo(copy);
    }

    @Test
    void takesTheFingerprintOfADatabaseMadeBeforeFingerprintsAsItsOwn() {
        UUID id = identities.current();
        dsl.update(DATABASE_IDENTITY).setNull(DATABASE_IDENTITY.FINGERPRINT).execute();
        assertThat(identity.recheck()).isEqualTo(id);
        assertThat(dsl.fetchValue(DATABASE_IDENTITY.FINGERPRINT)).isNotNull();
        assertThat(identities.history()).isEmpty();
    }

    @Test
    void takesANewIdWhenTold(CapturedOutput log) {
        UUID before = identities.current();
        Contact old = create("Before the restore");
        UUID after = identities.mintNew("restored from a backup");
        Contact made = create("After the restore");
        assertThat(after).isNotEqualTo(before);
        assertThat(identities.history()).extracting(PreviousDatabaseId::previousId, PreviousDatabaseId::newId, PreviousDatabaseId::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(before, after, "restored from a backup"));
        assertThat(originOf(old)).isEqualTo(before);
        assertThat(originOf(made)).isEqualTo(after);
        assertThat(log.getOut()).contains(after.toString(), "restored from a backup");
        assertThat(identity.recheck()).as("a new id on request is not a copy").isEqualTo(after);
    }

    private Contact create(String company) {
        return as(data.admin(), () -> contacts.create(ContactFields.named(company, null, null)));
    }

    private UUID originOf(Contact contact) {
        return dsl.select(JOURNAL_ENTRY.ORIGIN_DB).from(JOURNAL_ENTRY).where(JOURNAL_ENTRY.RECORD_ID.eq(contact.id()))
                .and(JOURNAL_ENTRY.OP.eq("CREATE")).fetchSingle(JOURNAL_ENTRY.ORIGIN_DB);
    }
}
