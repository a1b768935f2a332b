package org.svyaz.activities;

import org.svyaz.shell.RecordNotFound;

/** An unknown activity, or another user's private one. */
public class ActivityNotFound extends RecordNotFound {

    public ActivityNotFound() {
        super("error.activityNotFound");
    }
}
