package org.svyaz.shell;

import java.util.Locale;

/**
 * The keys lookups compare: what a user types and what is stored, reduced alike, so that a
 * lookup finds what the user means. Text: lower case, ё as е, runs of spaces as one, trimmed.
 * Phone numbers: their digits, reversed, so that a number given without its country or city
 * code (the end of the number) is the beginning of the key, and an index finds it.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String folded = value.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        return folded.replaceAll("\\s+", " ");
    }

    public static String phone(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        value.codePoints().filter(Character::isDigit).forEach(c -> digits.appendCodePoint(Character.forDigit(Character.digit(c, 10), 10)));
        return digits.reverse().toString();
    }
}
