package org.svyaz.calendar.web;

import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.svyaz.calendar.ContactIcs;

/** A contact's activities exported to and imported from .ics files over the API. */
@RestController
class ContactIcsApiController {

    private final ContactIcs ics;

    ContactIcsApiController(ContactIcs ics) {
        this.ics = ics;
    }

    @GetMapping("/api/v1/contacts/{contactId}/activities.ics")
    ResponseEntity<String> export(@PathVariable UUID contactId) {
        return IcsFiles.download(contactId, ics.export(contactId, LocaleContextHolder.getLocale()));
    }

    /** With {@code preview} nothing is written: what each event would become, and why not. */
    @PostMapping("/api/v1/contacts/{contactId}/activities/import")
    ImportJson importFile(@PathVariable UUID contactId, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean preview) {
        return ImportJson.of(ics.importFile(contactId, file.getSize(), file, preview, LocaleContextHolder.getLocale()));
    }
}
