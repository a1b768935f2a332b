package org.svyaz.calendar.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An .ics file download, the same for the API and the pages. */
final class IcsFiles {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private IcsFiles() {
    }

    static ResponseEntity<String> download(UUID contactId, String ics) {
        return download("activities-" + contactId, ics);
    }

    static ResponseEntity<String> download(String name, String ics) {
        ContentDisposition attachment = ContentDisposition.attachment().filename(name + ".ics").build();
        return ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString()).body(ics);
    }
}
