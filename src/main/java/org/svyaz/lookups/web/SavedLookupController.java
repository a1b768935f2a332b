package org.svyaz.lookups.web;

import org.svyaz.lookups.CurrentLookup;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.lookups.LookupDefinition;
import org.svyaz.lookups.SavedLookup;
import org.svyaz.lookups.SavedLookups;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.UserManagement;

/** Saving the current lookup under a name, running a saved one, renaming, sharing, changing, deleting it. */
@Controller
class SavedLookupController {

    private final SavedLookups savedLookups;
    private final LookupDescriptions descriptions;
    private final UserManagement users;

    SavedLookupController(SavedLookups savedLookups, LookupDescriptions descriptions, UserManagement users) {
        this.savedLookups = savedLookups;
        this.descriptions = descriptions;
        this.users = users;
    }

    @GetMapping("/lookups")
    String list(Model model) {
        List<SavedLookup> available = savedLookups.available();
        model.addAttribute("lookups", available);
        model.addAttribute("descriptions", available.stream()
                .collect(Collectors.toMap(SavedLookup::id, lookup -> descriptions.describe(lookup.definition().filter()))));
        model.addAttribute("userNames", users.userNames(available.stream().map(SavedLookup::ownerId).toList()));
        model.addAttribute("me", users.current());
        return "lookups/saved";
    }

    /** Saves the current lookup as it is. */
    @PostMapping("/lookups")
    String save(@RequestParam String name, @RequestParam(defaultValue = "false") boolean shared, HttpSession session,
            RedirectAttributes redirect) {
        try {
            SavedLookup saved = savedLookups.save(name, shared, CurrentLookup.of(session));
            redirect.addFlashAttribute("savedLookup", saved.name());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("lookupErrors", invalid.fieldErrors());
        }
        return "redirect:/contacts";
    }

    @PostMapping("/lookups/{id}/run")
    String run(@PathVariable UUID id, HttpSession session) {
        CurrentLookup.set(session, savedLookups.get(id).definition());
        return "redirect:/contacts";
    }

    /** Renames or shares a saved lookup; with {@code replace}, it takes the current lookup's definition. */
    @PostMapping("/lookups/{id}")
    String update(@PathVariable UUID id, @RequestParam String name, @RequestParam(defaultValue = "false") boolean shared,
            @RequestParam(defaultValue = "false") boolean replace, @RequestParam long version, HttpSession session,
            RedirectAttributes redirect) {
        SavedLookup lookup = savedLookups.get(id);
        LookupDefinition definition = replace ? CurrentLookup.of(session) : lookup.definition();
        try {
            savedLookups.update(id, name, shared, definition, version);
            redirect.addFlashAttribute("saved", "lookup.saved.updated");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("lookupErrors", invalid.fieldErrors());
        } catch (VersionConflict conflict) {
            redirect.addFlashAttribute("saved", "error.versionConflict");
        }
        return "redirect:/lookups";
    }

    @PostMapping("/lookups/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        savedLookups.delete(id);
        redirect.addFlashAttribute("saved", "lookup.saved.deleted");
        return "redirect:/lookups";
    }
}
