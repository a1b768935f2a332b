package org.svyaz.contacts.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactJson;
import org.svyaz.contacts.ContactJsonWriter;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.DuplicateMode;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;

/** Contacts over the REST API (API.md, "Contacts"). */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

    private final ContactManagement contacts;
    private final ContactJsonReader reader;
    private final ContactJsonWriter json;

    ContactApiController(ContactManagement contacts, ContactJsonReader reader, ContactJsonWriter json) {
        this.contacts = contacts;
        this.reader = reader;
        this.json = json;
    }

    @PostMapping
    ResponseEntity<ContactJson> create(@RequestBody JsonNode body) {
        FieldErrors errors = new FieldErrors();
        ContactFields fields = reader.read(body, ContactFields.named(null, null, null), errors);
        throwWithAllProblems(errors, fields);
        Contact created = contacts.create(fields);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(toJson(created));
    }

    @GetMapping("/{id}")
    ContactJson get(@PathVariable UUID id) {
        return toJson(contacts.get(id));
    }

    /**
     * Changes the properties sent, and only those. A {@code version} in the body (or an
     * {@code If-Match} header) must be the stored one, else nothing changes and the answer is 409.
     */
    @PatchMapping("/{id}")
    ContactJson patch(@PathVariable UUID id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Contact current = contacts.get(id);
        FieldErrors errors = new FieldErrors();
        ContactFields fields = reader.read(body, current.fields(), errors);
        long expectedVersion = expectedVersion(body, ifMatch, current.version(), errors);
        throwWithAllProblems(errors, fields);
        return toJson(contacts.update(id, fields, expectedVersion));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        contacts.delete(id, null);
        return ResponseEntity.noContent().build();
    }

    /** {@code {"fields": "primary" | "all"}}: a copy with the company's fields or with every field. */
    @PostMapping("/{id}/duplicate")
    ResponseEntity<ContactJson> duplicate(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        String fields = body == null ? "primary" : body.getOrDefault("fields", "primary");
        DuplicateMode mode = switch (fields == null ? "" : fields) {
            case "primary" -> DuplicateMode.PRIMARY;
            case "all" -> DuplicateMode.ALL;
            default -> throw InvalidInput.of("fields", "error.duplicate.mode");
        };
        Contact copy = contacts.duplicate(id, mode);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + copy.id())).body(toJson(copy));
    }

    /** When the body itself has problems, also reports what the contact's rules find. */
    private void throwWithAllProblems(FieldErrors errors, ContactFields fields) {
        if (errors.isEmpty()) {
            return;
        }
        try {
            contacts.check(fields);
        } catch (InvalidInput invalid) {
            errors.addAll(invalid);
        }
        errors.throwIfAny();
    }

    private static long expectedVersion(JsonNode body, String ifMatch, long storedVersion, FieldErrors errors) {
        JsonNode version = body == null ? null : body.get("version");
        if (version != null && !version.isNull()) {
            if (!version.canConvertToLong()) {
                errors.add("version", "error.badValue");
                return storedVersion;
            }
            return version.asLong();
        }
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
            } catch (NumberFormatException e) {
                errors.add("If-Match", "error.badValue");
            }
        }
        return storedVersion;
    }

    private ContactJson toJson(Contact contact) {
        return json.of(contact);
    }
}
