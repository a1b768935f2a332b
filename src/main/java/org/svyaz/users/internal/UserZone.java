package org.svyaz.users.internal;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.svyaz.shell.ViewerZone;
import org.svyaz.users.CurrentUser;

/** The zone pages and "today" follow: the logged-in user's (or the user a task acts as). */
@Component
class UserZone implements ViewerZone {

    private final CurrentUserLookup currentUser;

    UserZone(CurrentUserLookup currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<ZoneId> current() {
        return currentUser.current().map(CurrentUser::timeZone);
    }
}
