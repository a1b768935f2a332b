package org.svyaz.history.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.svyaz.shell.NotPermitted;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.UserManagement;

/** Who may write notes and history: the author changes their own; administrators anyone's. */
@Component
public class HistoryPermissions {

    private final UserManagement users;

    HistoryPermissions(UserManagement users) {
        this.users = users;
    }

    public CurrentUser requireWriter() {
        CurrentUser me = users.current();
        if (!me.role().mayWrite()) {
            throw NotPermitted.forRole();
        }
        return me;
    }

    public void requireMayChange(UUID authorId) {
        CurrentUser me = requireWriter();
        if (!me.id().equals(authorId) && !me.isAdministrator()) {
            throw new NotPermitted("error.history.notAuthor");
        }
    }

    public void requireMayDelete(UUID authorId) {
        requireMayChange(authorId);
        if (!users.current().role().mayDelete()) {
            throw NotPermitted.forRole();
        }
    }
}
