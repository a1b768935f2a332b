package org.svyaz.documents;

import org.svyaz.shell.RecordNotFound;

/** An unknown document, or one of a contact the user may not see. */
public class DocumentNotFound extends RecordNotFound {

    public DocumentNotFound() {
        super("error.documentNotFound");
    }
}
