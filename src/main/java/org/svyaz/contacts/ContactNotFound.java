package org.svyaz.contacts;

import org.svyaz.shell.RecordNotFound;

/** An unknown contact, or another user's private one. */
public class ContactNotFound extends RecordNotFound {

    public ContactNotFound() {
        super("error.contactNotFound");
    }
}
