package org.svyaz.users;

/**
 * What a user may do. The first release distinguishes who may administer, who may write and
 * who may delete; SPEC U2 will refine the list.
 */
public enum Role {
    ADMINISTRATOR,
    MANAGER,
    STANDARD,
    /** May read, create and edit, but not delete. */
    RESTRICTED,
    /** May only read. */
    BROWSE;

    public boolean isAdministrator() {
        return this == ADMINISTRATOR;
    }

    public boolean mayWrite() {
        return this != BROWSE;
    }

    public boolean mayDelete() {
        return this != BROWSE && this != RESTRICTED;
    }

    /** Whether the role may give others' records to another record manager or change who may see them. */
    public boolean mayChangeOthersAccess() {
        return this == ADMINISTRATOR || this == MANAGER;
    }
}
