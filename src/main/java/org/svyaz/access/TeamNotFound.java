package org.svyaz.access;

import org.svyaz.shell.RecordNotFound;

public class TeamNotFound extends RecordNotFound {

    public TeamNotFound() {
        super("error.team.notFound");
    }
}
