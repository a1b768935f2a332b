package org.svyaz.access;

/** Who may see a record besides its record manager (SPEC U3). */
public enum Access {
    /** Everyone. */
    PUBLIC,
    /** Its record manager (owner, author) alone. */
    PRIVATE,
    /** Its record manager and the teams and users it is granted to. */
    LIMITED;

    /** The stored level of a record that is private or public, as the older boolean said. */
    public static String privateIf(boolean isPrivate) {
        return (isPrivate ? PRIVATE : PUBLIC).name();
    }

    /** Whether a stored level is PRIVATE. */
    public static boolean isPrivate(String storedLevel) {
        return PRIVATE.name().equals(storedLevel);
    }
}
