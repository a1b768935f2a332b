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
                    KeywordHit.Source source = KeywordHit.Source.valueOf(hit.source());
                    String matched = source == KeywordHit.Source.CONTACT ? contactLine(contact) : texts.getOrDefault(hit.itemId(), "");
                    return new KeywordHit(contact, source, excerpt(matched, words), hit.score());
                })
                .toList();
    }

    private static String contactLine(Contact contact) {
        return String.join(" · ", List.of(contact.company(), (contact.firstName() + " " + contact.lastName()).strip(), contact.city(),
                contact.email()).stream().filter(part -> !part.isBlank()).toList());
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
