package org.svyaz.users;

import static org.svyaz.users.Permission.CHANGE_OTHERS_ACCESS;
import static org.svyaz.users.Permission.CREATE_RECORDS;
import static org.svyaz.users.Permission.DELETE_OTHERS_RECORDS;
import static org.svyaz.users.Permission.DELETE_OWN_RECORDS;
import static org.svyaz.users.Permission.EDIT_OTHERS_CONTACTS;
import static org.svyaz.users.Permission.EDIT_OTHERS_RECORDS;
import static org.svyaz.users.Permission.EXPORT;
import static org.svyaz.users.Permission.IMPORT;
import static org.svyaz.users.Permission.MAIL_MERGE;
import static org.svyaz.users.Permission.MANAGE_FIELDS;
import static org.svyaz.users.Permission.SCHEDULE_FOR_OTHERS;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do: the role matrix of SPEC U2, the one source that {@link Permissions}, the
 * pages and {@code GET /api/v1/roles} read.
 */
public enum Role {
    /** Everything. */
    ADMINISTRATOR(Permission.values()),
    /** All record work, others' records included, import, export and mail merge, and the fields; not users, teams or audit. */
    MANAGER(CREATE_RECORDS, EDIT_OTHERS_CONTACTS, EDIT_OTHERS_RECORDS, DELETE_OWN_RECORDS, DELETE_OTHERS_RECORDS, CHANGE_OTHERS_ACCESS,
            EXPORT, IMPORT, MAIL_MERGE, SCHEDULE_FOR_OTHERS, MANAGE_FIELDS),
    /** Creates, changes others' public contacts, changes and deletes only their own other records. */
    STANDARD(CREATE_RECORDS, EDIT_OTHERS_CONTACTS, DELETE_OWN_RECORDS, EXPORT, MAIL_MERGE, SCHEDULE_FOR_OTHERS),
    /** Creates and changes (their own records, others' public contacts), never deletes. */
    RESTRICTED(CREATE_RECORDS, EDIT_OTHERS_CONTACTS),
    /** Only reads. */
    BROWSE;

    private final Set<Permission> permissions;

    Role(Permission... permissions) {
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        set.addAll(Arrays.asList(permissions));
        this.permissions = Collections.unmodifiableSet(set);
    }

    /** The role's permissions, in the order {@link Permission} declares them. */
    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
