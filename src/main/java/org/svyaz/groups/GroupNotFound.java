package org.svyaz.groups;

import org.svyaz.shell.RecordNotFound;

/** An unknown group. */
public class GroupNotFound extends RecordNotFound {

    public GroupNotFound() {
        super("error.groupNotFound");
    }
}
