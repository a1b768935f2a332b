package org.svyaz.contacts.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.contacts.ContactStatuses;
import org.svyaz.shell.InvalidInput;

/** The administrators' page of the contact status list. */
@Controller
class ContactStatusController {

    private final ContactStatuses statuses;

    ContactStatusController(ContactStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/admin/contact-statuses")
    String list(Model model) {
        model.addAttribute("statuses", statuses.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "contacts/statuses";
    }

    @PostMapping("/admin/contact-statuses")
    String create(@RequestParam String code, @RequestParam String nameEn, @RequestParam String nameRu, RedirectAttributes redirect) {
        try {
            statuses.create(code, nameEn, nameRu);
            redirect.addFlashAttribute("saved", "admin.statuses.created");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/admin/contact-statuses";
    }

    @PostMapping("/admin/contact-statuses/{id}")
    String update(@PathVariable UUID id, @RequestParam String nameEn, @RequestParam String nameRu, @RequestParam int position,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            statuses.update(id, nameEn, nameRu, position, version);
            redirect.addFlashAttribute("saved", "admin.statuses.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/admin/contact-statuses";
    }

    @PostMapping("/admin/contact-statuses/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            statuses.delete(id);
            redirect.addFlashAttribute("saved", "admin.statuses.deleted");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/admin/contact-statuses";
    }
}
