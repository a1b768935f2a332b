package org.svyaz.lookups.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.lookups.ContactListColumns;
import org.svyaz.shell.InvalidInput;

/** The Columns dialog of the Contact List: which fields show, in which order, for each user. */
@Controller
class ListColumnsController {

    private final ContactListColumns columns;

    ListColumnsController(ContactListColumns columns) {
        this.columns = columns;
    }

    /**
     * The ticked {@code column}s in the order of their {@code position.<column>} numbers. A column
     * given the number another one had ({@code was.<column>}) goes before it, as the user moved it
     * there; a missing or unreadable number keeps the column where the dialog listed it.
     */
    @PostMapping("/contacts/columns")
    String choose(@RequestParam(name = "column", required = false) List<String> shown, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        List<String> ticked = shown == null ? List.of() : shown;
        List<String> ordered = new ArrayList<>(ticked);
        ordered.sort(Comparator.<String>comparingLong(column -> position(form.getFirst("position." + column)))
                .thenComparing(column -> !moved(form, column))
                .thenComparingInt(ticked::indexOf));
        try {
            columns.choose(ordered);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("lookupErrors", invalid.fieldErrors());
        }
        return "redirect:/contacts";
    }

    @PostMapping("/contacts/columns/default")
    String reset() {
        columns.reset();
        return "redirect:/contacts";
    }

    /** The position the user typed; a blank or unreadable one sorts last. */
    private static long position(String typed) {
        return typed != null && typed.trim().matches("-?\\d{1,6}") ? Long.parseLong(typed.trim()) : Long.MAX_VALUE;
    }

    private static boolean moved(MultiValueMap<String, String> form, String column) {
        return position(form.getFirst("position." + column)) != position(form.getFirst("was." + column));
    }
}
