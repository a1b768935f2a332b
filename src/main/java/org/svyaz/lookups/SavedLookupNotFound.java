package org.svyaz.lookups;

import org.svyaz.shell.RecordNotFound;

/** An unknown saved lookup, or another user's that is not shared. */
public class SavedLookupNotFound extends RecordNotFound {

    public SavedLookupNotFound() {
        super("error.savedLookupNotFound");
    }
}
