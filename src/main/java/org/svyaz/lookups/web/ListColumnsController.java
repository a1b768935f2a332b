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
     * The ticked {@code column}s in the order of their {@code position.<column>} numbers; a
     * missing or unreadable number keeps the column where the dialog listed it.
     */
    @PostMapping("/contacts/columns")
    String choose(@RequestParam(name = "column", required = false) List<String> shown, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        List<String> ticked = shown == null ? List.of() : shown;
        List<String> ordered = new ArrayList<>(ticked);
        ordered.sort(Comparator.comparingDouble(column -> position(form.getFirst("position." + column), ticked.indexOf(column))));
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

    /** The position the user typed; ties and blanks keep the dialog's order (the index breaks them). */
    private static double position(String typed, int index) {
        if (typed != null && typed.trim().matches("-?\\d{1,6}")) {
            return Integer.parseInt(typed.trim()) + index / 10_000.0;
        }
        return Integer.MAX_VALUE + (double) index;
    }
}
