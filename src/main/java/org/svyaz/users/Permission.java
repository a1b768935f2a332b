package org.svyaz.users;

/**
 * One thing a role allows (SPEC U2). {@link Role} says which permissions each role has; {@link
 * Permissions} is where every module asks. A record of the user's own is the one they manage, own
 * or wrote (a contact's or group's record manager, an activity's owner or scheduler, a note's or
 * history item's author, a document's uploader, a series' author).
 */
public enum Permission {
    /** Create contacts, groups, notes, history, documents, activities and series, and change one's own. */
    CREATE_RECORDS,
    /** Change another user's public contacts: the team's shared customers, as in ACT!. */
    EDIT_OTHERS_CONTACTS,
    /** Change another user's groups, rules, members, documents, series, notes, history and activities. */
    EDIT_OTHERS_RECORDS,
    /** Change another user's My Record. */
    EDIT_OTHERS_MY_RECORDS,
    /** Delete one's own records. */
    DELETE_OWN_RECORDS,
    /** Delete another user's records. */
    DELETE_OTHERS_RECORDS,
    /** Give another user's record to another record manager, or change who may see it. */
    CHANGE_OTHERS_ACCESS,
    EXPORT,
    IMPORT,
    MAIL_MERGE,
    /**
     * Schedule activities for other users: Administrators and Managers for anyone, others where
     * a colleague shared their calendar for scheduling.
     */
    SCHEDULE_FOR_OTHERS,
    /** Define custom fields, contact statuses and activity types. */
    MANAGE_FIELDS,
    MANAGE_USERS,
    MANAGE_TEAMS,
    VIEW_AUDIT,
    RUN_SYNC
}
