package org.svyaz.users;

/**
 * The kinds of records a user may own, manage or write, as the role matrix tells them apart:
 * another user's contact is the team's shared customer, another user's My Record is theirs, and
 * every other kind is the work of its record manager, owner or author.
 */
public enum RecordKind {
    CONTACT,
    MY_RECORD,
    GROUP,
    NOTE,
    HISTORY_ITEM,
    DOCUMENT,
    SERIES,
    ACTIVITY;

    /** The permission that lets a user change a record of this kind that is another user's. */
    public Permission othersPermission() {
        return switch (this) {
            case CONTACT -> Permission.EDIT_OTHERS_CONTACTS;
            case MY_RECORD -> Permission.EDIT_OTHERS_MY_RECORDS;
            default -> Permission.EDIT_OTHERS_RECORDS;
        };
    }
}
