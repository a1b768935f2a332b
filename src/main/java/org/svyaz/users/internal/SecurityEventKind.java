package org.svyaz.users.internal;

/** What a {@code security_event} row tells. */
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
    PASSWORD_RESET
}
