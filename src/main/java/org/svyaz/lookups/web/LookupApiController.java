package org.svyaz.lookups.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.contacts.ContactJson;
import org.svyaz.contacts.ContactJsonWriter;
import org.svyaz.lookups.BuiltInLookup;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.ContactList;
import org.svyaz.lookups.ContactPage;
import org.svyaz.lookups.ContactSort;
import org.svyaz.lookups.ContactTags;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.KeywordHit;
import org.svyaz.lookups.KeywordSearches;
import org.svyaz.lookups.LookupDefinition;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.SavedLookup;
import org.svyaz.lookups.SavedLookups;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.ListJson;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.users.UserManagement;

/** Lookups over the REST API (API.md, "Lookups"), plus saved lookups, tags and keyword search. */
@RestController
@RequestMapping("/api/v1")
class LookupApiController {

    private final ContactList list;
    private final SavedLookups savedLookups;
    private final ContactTags tags;
    private final KeywordSearches searches;
    private final ContactJsonWriter json;
    private final UserManagement users;

    LookupApiController(ContactList list, SavedLookups savedLookups, ContactTags tags, KeywordSearches searches,
            ContactJsonWriter json, UserManagement users) {
        this.list = list;
        this.savedLookups = savedLookups;
        this.tags = tags;
        this.searches = searches;
        this.json = json;
        this.users = users;
    }

    /** All contacts the caller may see, in the default order or the given one. */
    @GetMapping("/contacts")
    ListJson<ContactJson> all(@RequestParam(defaultValue = "" + ContactList.DEFAULT_PAGE_SIZE) int limit,
            @RequestParam(required = false) String after, @RequestParam(required = false) List<String> sort) {
        return page(ContactFilter.EVERYONE, ContactSort.parse(sort), after, limit);
    }

    @PostMapping("/contacts/lookup")
    ListJson<ContactJson> lookup(@RequestBody LookupRequest request) {
        return page(request.contactFilter(), ContactSort.parse(request.sort()), request.after(), limitOf(request.limit()));
    }

    @GetMapping("/contacts/lookups/{name}")
    ListJson<ContactJson> builtIn(@PathVariable String name, @RequestParam(defaultValue = "" + ContactList.DEFAULT_PAGE_SIZE) int limit,
            @RequestParam(required = false) String after, @RequestParam(required = false) List<String> sort) {
        BuiltInLookup lookup = BuiltInLookup.ofApiName(name).orElseThrow(() -> new RecordNotFound("error.lookup.unknownBuiltIn"));
        return page(lookup.filterFor(users.current()), ContactSort.parse(sort), after, limit);
    }

    @GetMapping("/lookups")
    ListJson<SavedLookupJson> savedLookups(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(savedLookups.available().stream().map(this::toJson).toList(), lookup -> lookup.id().toString(), after, limit);
    }

    @PostMapping("/lookups")
    ResponseEntity<SavedLookupJson> save(@RequestBody LookupRequest request) {
        SavedLookup saved = savedLookups.save(request.name(), Boolean.TRUE.equals(request.shared()), definitionOf(request));
        return ResponseEntity.created(URI.create("/api/v1/lookups/" + saved.id())).body(toJson(saved));
    }

    @GetMapping("/lookups/{id}")
    SavedLookupJson savedLookup(@PathVariable UUID id) {
        return toJson(savedLookups.get(id));
    }

    @PutMapping("/lookups/{id}")
    SavedLookupJson update(@PathVariable UUID id, @RequestBody LookupRequest request) {
        SavedLookup current = savedLookups.get(id);
        return toJson(savedLookups.update(id, request.name(), Boolean.TRUE.equals(request.shared()), definitionOf(request),
                request.version() == null ? current.version() : request.version()));
    }

    @DeleteMapping("/lookups/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        savedLookups.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/lookups/{id}/contacts")
    ListJson<ContactJson> run(@PathVariable UUID id, @RequestParam(defaultValue = "" + ContactList.DEFAULT_PAGE_SIZE) int limit,
            @RequestParam(required = false) String after) {
        LookupDefinition definition = savedLookups.get(id).definition();
        return page(definition.filter(), definition.contactSort(), after, limit);
    }

    /** The caller's tagged contacts, in the default order. */
    @GetMapping("/me/tags")
    ListJson<ContactJson> tagged(@RequestParam(defaultValue = "" + ContactList.DEFAULT_PAGE_SIZE) int limit,
            @RequestParam(required = false) String after) {
        return page(new ContactFilter.Tagged(), ContactSort.DEFAULT, after, limit);
    }

    /** Tags the contacts named, or every contact of a lookup: {@code {"contactIds": [...]}} or {@code {"lookup": {...}}}. */
    @PostMapping("/me/tags")
    Map<String, Long> tag(@RequestBody TagRequest request) {
        if (request.lookup() != null) {
            tags.tagAll(request.lookup().contactFilter());
        } else if (request.contactIds() != null && !request.contactIds().isEmpty()) {
            new FieldErrors().requireEach("contactIds", request.contactIds()).throwIfAny();
            request.contactIds().forEach(tags::tag);
        } else {
            throw InvalidInput.of("contactIds", "error.required");
        }
        return Map.of("tagged", tags.count());
    }

    @DeleteMapping("/me/tags")
    ResponseEntity<Void> untagAll() {
        tags.untagAll();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/me/tags/{contactId}")
    ResponseEntity<Void> untag(@PathVariable UUID contactId) {
        tags.untag(contactId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Keyword search: the best matches first, each with the text it matched in. A search finds
     * the best {@link KeywordSearches#MAX_RESULTS} contacts at most; {@code total} counts those,
     * and {@code limit} and {@code after} page through them.
     */
    @GetMapping("/search")
    ListJson<SearchHitJson> search(@RequestParam String q, @RequestParam(defaultValue = "" + ContactList.DEFAULT_PAGE_SIZE) int limit,
            @RequestParam(required = false) String after) {
        List<KeywordHit> hits = searches.search(q, KeywordSearches.MAX_RESULTS);
        List<ContactJson> contacts = json.of(hits.stream().map(KeywordHit::contact).toList());
        List<SearchHitJson> found = IntStream.range(0, hits.size())
                .mapToObj(i -> new SearchHitJson(contacts.get(i), hits.get(i).source(), hits.get(i).matchedText(), hits.get(i).score()))
                .toList();
        return ListJson.page(found, hit -> hit.contact().id().toString(), after, limit);
    }

    /** The body of POST /me/tags. */
    record TagRequest(List<UUID> contactIds, LookupRequest lookup) {
    }

    /** One keyword search result. */
    record SearchHitJson(ContactJson contact, KeywordHit.Source source, String matchedText, double score) {
    }

    /**
     * A saved lookup: its name, owner, whether it is shared, and the lookup in the shape a lookup
     * is sent in ({@code criteria}, {@code match}, {@code keyword}, {@code sort}); one combined
     * on the pages that criteria and a keyword cannot say answers {@code filter} instead.
     */
    record SavedLookupJson(UUID id, String name, String owner, boolean shared, List<Criterion> criteria, Match match, String keyword,
            @JsonInclude(JsonInclude.Include.NON_NULL) ContactFilter filter, List<String> sort, long version) {

        static SavedLookupJson of(SavedLookup lookup, String owner) {
            ContactFilter filter = lookup.definition().filter();
            ContactFilter.Criteria criteria = null;
            ContactFilter.Keyword keyword = null;
            if (filter instanceof ContactFilter.Criteria only) {
                criteria = only;
            } else if (filter instanceof ContactFilter.Keyword only) {
                keyword = only;
            } else if (filter instanceof ContactFilter.Both both && both.first() instanceof ContactFilter.Criteria first
                    && both.second() instanceof ContactFilter.Keyword second) {
                criteria = first;
                keyword = second;
            } else if (!(filter instanceof ContactFilter.Everyone)) {
                return new SavedLookupJson(lookup.id(), lookup.name(), owner, lookup.shared(), null, null, null, filter,
                        lookup.definition().sort(), lookup.version());
            }
            return new SavedLookupJson(lookup.id(), lookup.name(), owner, lookup.shared(),
                    criteria == null ? List.of() : criteria.criteria(), criteria == null ? Match.ALL : criteria.match(),
                    keyword == null ? null : keyword.text(), null, lookup.definition().sort(), lookup.version());
        }
    }

    private ListJson<ContactJson> page(ContactFilter filter, ContactSort sort, String after, int limit) {
        ContactPage page = list.page(filter, sort, after, null, limit);
        return new ListJson<>(page.total(), json.of(page.items()), page.next());
    }

    private static int limitOf(Integer limit) {
        return limit == null ? ContactList.DEFAULT_PAGE_SIZE : limit;
    }

    private static LookupDefinition definitionOf(LookupRequest request) {
        ContactSort sort = ContactSort.parse(request.sort());
        return new LookupDefinition(request.contactFilter(), sort.asParameters());
    }

    private SavedLookupJson toJson(SavedLookup lookup) {
        String owner = users.userNames(List.of(lookup.ownerId())).get(lookup.ownerId());
        return SavedLookupJson.of(lookup, owner);
    }
}
