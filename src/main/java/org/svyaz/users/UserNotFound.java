package org.svyaz.users;

import org.svyaz.shell.RecordNotFound;

public class UserNotFound extends RecordNotFound {

    public UserNotFound() {
        super("error.userNotFound");
    }
}
