package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** What a browser is shown for an address or a request the pages cannot serve: a page that says so, never a stack trace. */
class ErrorPageTests extends SvyazTests {

    @Test
    void theErrorAddressItselfIsAPageThatIsNotThere() {
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        Page error = page.get("/error");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.text("#error-message")).isEqualTo("There is nothing at this address.");
        assertThat(error.html().text()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aPageAskedForAsXmlIsStillAPageAndNoServerError() {
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        Page contacts = page.getAccepting("/contacts", "application/xml");
        Page missing = page.getAccepting("/no-such-page", "application/xml");

        assertThat(contacts.status()).isEqualTo(200);
        assertThat(contacts.text("h1")).isNotBlank();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("#error-message")).isEqualTo("There is nothing at this address.");
    }

    @Test
    void aValueOfTheAddressThatThePageCannotReadIsSaidAndAnIdThatIsNoIdIsAPageThatIsNotThere() {
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        Page badPriority = page.get("/tasks?apply=1&priority=URGENT");
        Page badId = page.get("/contacts/not-an-id");

        assertThat(badPriority.status()).isEqualTo(400);
        assertThat(badPriority.text("#error-message")).isEqualTo("The address holds a value this page cannot read: priority=«URGENT».");
        assertThat(badId.status()).isEqualTo(404);
        assertThat(badId.text("#error-message")).isEqualTo("There is nothing at this address.");
    }
}
