package org.svyaz.contacts.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.contacts.ContactStatus;
import org.svyaz.contacts.ContactStatuses;
import org.svyaz.shell.ListJson;

/** The contact status list over the REST API: everyone reads it, administrators change it. */
@RestController
@RequestMapping("/api/v1")
class ContactStatusApiController {

    private final ContactStatuses statuses;

    ContactStatusApiController(ContactStatuses statuses) {
        this.statuses = statuses;
    }

    /** A status as a client sends it; in a PATCH a null property stays as it is. */
    record StatusRequest(String code, String nameEn, String nameRu, Integer position, Long version) {
    }

    @GetMapping("/contact-statuses")
    ListJson<ContactStatus> list(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        return ListJson.page(statuses.all(), status -> status.id().toString(), after, limit);
    }

    @PostMapping("/admin/contact-statuses")
    ResponseEntity<ContactStatus> create(@RequestBody StatusRequest request) {
        ContactStatus status = statuses.create(request.code(), request.nameEn(), request.nameRu());
        return ResponseEntity.created(URI.create("/api/v1/admin/contact-statuses/" + status.id())).body(status);
    }

    @PatchMapping("/admin/contact-statuses/{id}")
    ContactStatus update(@PathVariable UUID id, @RequestBody StatusRequest request) {
        ContactStatus status = statuses.get(id);
        return statuses.update(id, request.nameEn(), request.nameRu(), request.position(),
                request.version() == null ? status.version() : request.version());
    }

    @DeleteMapping("/admin/contact-statuses/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        statuses.delete(id);
        return ResponseEntity.noContent().build();
    }
}
