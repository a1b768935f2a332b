package org.svyaz.lookups.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.CurrentLookup;
import org.svyaz.lookups.ContactList;
import org.svyaz.lookups.KeywordHit;
import org.svyaz.lookups.KeywordSearches;
import org.svyaz.lookups.internal.KeywordSearch;
import org.svyaz.shell.InvalidInput;

/** The keyword box in the header (SPEC L3): ranked results with the text they matched in. */
@Controller
class SearchController {

    private static final int RESULTS = 50;

    private final KeywordSearches searches;
    private final ContactList list;

    SearchController(KeywordSearches searches, ContactList list) {
        this.searches = searches;
        this.list = list;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        List<KeywordHit> hits = List.of();
        try {
            hits = q.isBlank() ? List.of() : searches.search(q, RESULTS);
        } catch (InvalidInput invalid) {
            model.addAttribute("invalid", true);
        }
        model.addAttribute("hits", hits);
        model.addAttribute("words", KeywordSearch.words(q));
        return "lookups/search";
    }

    /** Makes every contact the keywords find the current lookup. */
    @PostMapping("/search/lookup")
    String asLookup(@RequestParam String q, HttpSession session) {
        ContactFilter keyword = new ContactFilter.Keyword(q);
        list.check(keyword);
        CurrentLookup.set(session, CurrentLookup.of(session).withFilter(keyword));
        return "redirect:/contacts";
    }
}
