package org.svyaz.shell;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /**
     * The one text keyword search reads for a contact: its text fields folded as {@link #text},
     * then its phone numbers as their digits in writing order, so that "4951234567" and
     * "123-45-67" both find "+7 (495) 123-45-67".
     */
    public static String keywords(List<String> texts, List<String> phones) {
        Stream<String> folded = texts.stream().map(SearchKeys::text);
        Stream<String> digits = phones.stream().map(phone -> new StringBuilder(phone(phone)).reverse().toString());
        return Stream.concat(folded, digits).filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
    }
}
