package org.svyaz.history;

import org.svyaz.shell.RecordNotFound;

/** An unknown note, or another user's private one. */
public class NoteNotFound extends RecordNotFound {

    public NoteNotFound() {
        super("error.noteNotFound");
    }
}
