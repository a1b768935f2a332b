package org.svyaz.shell;

/**
 * Text the databases can keep: PostgreSQL refuses a NUL character in text, and half of a
 * surrogate pair is no character at all (it cannot even be written as UTF-8). Such input is
 * refused as a whole before anything is changed, wherever it came in: the shell checks every
 * request parameter, uploaded file name and request body before a controller runs.
 */
public final class StorableText {

    private static final String MESSAGE_KEY = "error.text.unstorable";

    private StorableText() {
    }

    /** Refuses {@code text} as the value of {@code field} when it holds a NUL or a lone surrogate; null passes. */
    public static void check(String field, String text) {
        if (text != null && !isStorable(text)) {
            throw InvalidInput.of(field, MESSAGE_KEY, field);
        }
    }

    /** Whether {@code text} holds no NUL character and no half of a surrogate pair. */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
