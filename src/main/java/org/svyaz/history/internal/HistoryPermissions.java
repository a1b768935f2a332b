package org.svyaz.history.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Permissions;
import org.svyaz.users.RecordKind;

/**
 * Who may write notes and history, as the role matrix ({@link Permissions}) says: the author
 * changes and deletes their own; managers and administrators anyone's they can see.
 */
@Component
public class HistoryPermissions {

    private final Permissions permissions;

    HistoryPermissions(Permissions permissions) {
        this.permissions = permissions;
    }

    public CurrentUser requireWriter() {
        return permissions.requireMayCreate();
    }

    public void requireMayChange(RecordKind kind, UUID authorId) {
        permissions.requireMayChange(kind, authorId);
    }

    public void requireMayDelete(RecordKind kind, UUID authorId) {
        permissions.requireMayChange(kind, authorId);
        permissions.requireMayDelete(kind, authorId);
    }
}
