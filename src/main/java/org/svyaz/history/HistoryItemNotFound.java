package org.svyaz.history;

import org.svyaz.shell.RecordNotFound;

/** An unknown history item, or another user's private one. */
public class HistoryItemNotFound extends RecordNotFound {

    public HistoryItemNotFound() {
        super("error.historyItemNotFound");
    }
}
