package org.svyaz.users;

/** What an API token may do: READ tokens only read (their writes get 403), WRITE tokens all their user may. */
public enum ApiTokenScope {
    READ,
    WRITE
}
