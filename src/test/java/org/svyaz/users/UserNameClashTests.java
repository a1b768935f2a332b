package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.NameClash;
import org.svyaz.shell.InvalidInput;

/**
 * Two databases that created a user of one user name: two accounts, never merged; the one with
 * the larger id takes a new name and logs in with it.
 */
class UserNameClashTests extends SvyazTests {

    @Autowired
    UserNameClashes clashes;

    @Autowired
    Journal journal;

    @Test
    void neverMergesTwoUsersEvenWithEqualFields() {
        User local = data.user("ivanov", Role.STANDARD);
        User arriving = data.user("ivanov", Role.STANDARD);
        String name = local.userName();
        NameClash.Outcome outcome = UserNameClashes.NAME_CLASH.decide(name, arriving.id(), UserNameClashes.clashDefinition(arriving),
                local.id(), UserNameClashes.clashDefinition(local), clashes::nameTaken);
        assertThat(outcome).isEqualTo(new NameClash.Rename(arriving.id(), name, name + ".2", local.id()));
        clashes.rename(arriving.id(), name + ".2");
        NameClash.Outcome again = UserNameClashes.NAME_CLASH.decide(name, local.id(), UserNameClashes.clashDefinition(local),
                arriving.id(), UserNameClashes.clashDefinition(arriving), clashes::nameTaken);
        assertThat(((NameClash.Rename) again).newName()).as("the first free suffix").isEqualTo(name + ".3");
    }

    @Test
    void renamesAUserWhoThenLogsInWithTheNewName() {
        User ivanov = data.user("ivanov", Role.STANDARD);
        String newName = ivanov.userName() + ".2";

        User renamed = clashes.rename(ivanov.id(), newName);

        assertThat(renamed.userName()).isEqualTo(newName);
        assertThat(users.byUserName(ivanov.userName())).isEmpty();
        assertThat(ApiClient.basic(port, newName, TestData.PASSWORD).get("/api/v1/me").json().get("userName").asText()).isEqualTo(newName);
        assertThat(ApiClient.basic(port, ivanov.userName(), TestData.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        JournalEntry entry = journal.entriesAbout(ivanov.id(), null, 1).get(0);
        assertThat(entry.field()).isEqualTo("userName");
        assertThat(entry.value()).isEqualTo("\"" + newName + "\"");
    }

    @Test
    void refusesARenameToANameTakenOrMalformed() {
        User ivanov = data.user("ivanov", Role.STANDARD);
        User petrov = data.user("petrov", Role.STANDARD);
        assertThat(catchThrowable(() -> clashes.rename(ivanov.id(), petrov.userName()))).isInstanceOf(InvalidInput.class);
        assertThat(catchThrowable(() -> clashes.rename(ivanov.id(), "ivanov (2)"))).isInstanceOf(InvalidInput.class);
        assertThat(users.byUserName(ivanov.userName())).isPresent();
    }
}
