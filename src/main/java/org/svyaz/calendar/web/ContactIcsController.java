package org.svyaz.calendar.web;

import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.svyaz.calendar.ContactIcs;
import org.svyaz.shell.InvalidInput;

/** The .ics export link and the import form on a contact's Activities tab. */
@Controller
class ContactIcsController {

    private final ContactIcs ics;

    ContactIcsController(ContactIcs ics) {
        this.ics = ics;
    }

    @GetMapping("/contacts/{contactId}/activities.ics")
    ResponseEntity<String> export(@PathVariable UUID contactId) {
        return IcsFiles.download(contactId, ics.export(contactId, LocaleContextHolder.getLocale()));
    }

    /** First a preview of the file's events; the preview's Import button sends the file again without it. */
    @PostMapping("/contacts/{contactId}/activities/import")
    String importFile(@PathVariable UUID contactId, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean preview, Model model) {
        model.addAttribute("contactId", contactId);
        try {
            long size = file == null ? 0 : file.getSize();
            model.addAttribute("result", ics.importFile(contactId, size, file, preview, LocaleContextHolder.getLocale()));
        } catch (InvalidInput refused) {
            InvalidInput.FieldError error = refused.fieldErrors().values().iterator().next();
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArguments", error.arguments());
        }
        return "calendar/import :: result";
    }
}
