package org.svyaz.users;

/** What a security event tells (see {@link AuditTrail}). */
public enum SecurityEventKind {
    /** A log-in on the log-in page (API calls authenticate on every call and are not recorded). */
    LOGIN,
    /** A wrong user name or password, up to the lockout. */
    LOGIN_FAILED,
    /** Log-ins of a user name from an address, or from an address, are refused for a while. */
    LOCKED_OUT,
    /** A user changed their own password. */
    PASSWORD_CHANGED,
    /** An administrator set a user's password. */
    PASSWORD_RESET,
    /** A user took records out of the CRM in a file: a calendar, a contact list, a mail merge. */
    EXPORTED
}
