package org.svyaz.lookups;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.lookups.internal.KeywordSearch;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.SearchKeys;
import org.svyaz.users.UserManagement;

/** The keyword search box (SPEC L3): contacts ranked by how well their fields, notes or history match. */
@Service
public class KeywordSearches {

    public static final int MAX_RESULTS = 200;
    private static final int CONTEXT = 70;

    private final KeywordSearch search;
    private final ContactManagement contacts;
    private final UserManagement users;

    KeywordSearches(KeywordSearch search, ContactManagement contacts, UserManagement users) {
        this.search = search;
        this.contacts = contacts;
        this.users = users;
    }

    /** The best matches first, each with the text it matched in. */
    public List<KeywordHit> search(String text, int limit) {
        List<String> words = KeywordSearch.words(text);
        if (words.isEmpty()) {
            throw InvalidInput.of("q", "error.lookup.keyword");
        }
        if (limit < 1 || limit > MAX_RESULTS) {
            throw InvalidInput.of("limit", "error.limit", MAX_RESULTS);
        }
        List<KeywordSearch.RankedHit> ranked = search.ranked(words, users.current().id(), limit);
        Map<UUID, Contact> found = contacts.getAll(ranked.stream().map(KeywordSearch.RankedHit::contactId).toList()).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        Map<UUID, String> texts = search.texts(ranked);
        return ranked.stream()
                .filter(hit -> found.containsKey(hit.contactId()))
                .map(hit -> {
                    Contact contact = found.get(hit.contactId());
                    return new KeywordHit(contact, source(hit), excerpt(matchedText(hit, contact, words, texts), words), hit.score());
                })
                .toList();
    }

    /** A custom field is one of the contact's own fields, as the search box shows it. */
    private static KeywordHit.Source source(KeywordSearch.RankedHit hit) {
        return hit.source().equals("CUSTOM") ? KeywordHit.Source.CONTACT : KeywordHit.Source.valueOf(hit.source());
    }

    private static String matchedText(KeywordSearch.RankedHit hit, Contact contact, List<String> words, Map<UUID, String> texts) {
        return switch (hit.source()) {
            case "CONTACT" -> contactLine(contact, words);
            case "CUSTOM" -> texts.getOrDefault(hit.contactId(), "");
            default -> texts.getOrDefault(hit.itemId(), "");
        };
    }

    /**
     * The contact's name, then the fields that hold a word searched for (a phone number by its
     * digits), or its city and e-mail when the name alone matched.
     */
    private static String contactLine(Contact contact, List<String> words) {
        List<String> details = List.of(contact.city(), contact.email(), contact.phone(), contact.mobile(), contact.fax(),
                contact.homePhone(), contact.address1(), contact.address2(), contact.region(), contact.postalCode(), contact.country());
        List<String> matched = details.stream().filter(detail -> !detail.isBlank() && holdsAWord(detail, words)).toList();
        List<String> shown = matched.isEmpty() ? List.of(contact.city(), contact.email()) : matched;
        List<String> parts = new java.util.ArrayList<>(List.of(contact.company(), (contact.firstName() + " " + contact.lastName()).strip()));
        parts.addAll(shown);
        return String.join(" · ", parts.stream().filter(part -> !part.isBlank()).toList());
    }

    private static boolean holdsAWord(String detail, List<String> words) {
        String folded = SearchKeys.text(detail);
        String digits = new StringBuilder(SearchKeys.phone(detail)).reverse().toString();
        return words.stream().anyMatch(word -> folded.contains(word) || (!digits.isEmpty() && digits.contains(word)));
    }

    /** The text around the first word found in it, so a long note shows where it matched. */
    static String excerpt(String text, List<String> words) {
        String folded = SearchKeys.text(text).toLowerCase(Locale.ROOT);
        String plain = text.strip().replaceAll("\\s+", " ");
        int at = words.stream().mapToInt(folded::indexOf).filter(index -> index >= 0).min().orElse(0);
        if (plain.length() <= 2 * CONTEXT) {
            return plain;
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(plain.length(), at + CONTEXT);
        return (from > 0 ? "…" : "") + plain.substring(from, to).strip() + (to < plain.length() ? "…" : "");
    }
}
