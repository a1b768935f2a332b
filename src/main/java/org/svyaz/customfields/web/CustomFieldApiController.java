package org.svyaz.customfields.web;

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
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldChanges;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.shell.ListJson;

/** Custom field definitions over the REST API: everyone lists them, administrators change them. */
@RestController
@RequestMapping("/api/v1")
class CustomFieldApiController {

    private final CustomFieldManagement fields;

    CustomFieldApiController(CustomFieldManagement fields) {
        this.fields = fields;
    }

    @GetMapping("/custom-fields")
    ListJson<CustomField> list(@RequestParam(defaultValue = "contact") String entity, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        return ListJson.page(fields.fieldsOf(entity), field -> field.id().toString(), after, limit);
    }

    @PostMapping("/admin/custom-fields")
    ResponseEntity<CustomField> define(@RequestBody CustomFieldRequest request) {
        CustomField field = fields.define(new NewCustomField(request.entity(), request.name(), request.label(), request.labelRu(), request.type(),
                request.options()));
        return ResponseEntity.created(URI.create("/api/v1/admin/custom-fields/" + field.id())).body(field);
    }

    @GetMapping("/admin/custom-fields/{id}")
    CustomField get(@PathVariable UUID id) {
        return fields.byId(id);
    }

    @PatchMapping("/admin/custom-fields/{id}")
    CustomField update(@PathVariable UUID id, @RequestBody CustomFieldRequest request) {
        CustomField field = fields.byId(id);
        return fields.update(id, new CustomFieldChanges(request.label(), request.labelRu(), request.options(), request.position()),
                request.version() == null ? field.version() : request.version());
    }

    @DeleteMapping("/admin/custom-fields/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        fields.delete(id);
        return ResponseEntity.noContent().build();
    }
}
