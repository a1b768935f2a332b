package org.svyaz.customfields.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.customfields.CustomFieldChanges;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.shell.InvalidInput;

/** The administrators' page of custom fields of contacts and of groups (SPEC C1, G1). */
@Controller
class CustomFieldAdminController {

    private final CustomFieldManagement fields;

    CustomFieldAdminController(CustomFieldManagement fields) {
        this.fields = fields;
    }

    @GetMapping("/admin/custom-fields")
    String list(@RequestParam(defaultValue = "contact") String entity, Model model) {
        String shown = CustomFieldManagement.ENTITIES.contains(entity) ? entity : "contact";
        model.addAttribute("entity", shown);
        model.addAttribute("fields", fields.fieldsOf(shown));
        model.addAttribute("types", CustomFieldType.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "customfields/admin";
    }

    @PostMapping("/admin/custom-fields")
    String define(@RequestParam(defaultValue = "contact") String entity, @RequestParam String name, @RequestParam String label,
            @RequestParam(defaultValue = "") String labelRu, @RequestParam CustomFieldType type, @RequestParam(defaultValue = "") String options, RedirectAttributes redirect) {
        try {
            fields.define(new NewCustomField(entity, name, label, labelRu, type, lines(options)));
            redirect.addFlashAttribute("saved", "admin.customFields.created");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
            redirect.addFlashAttribute("draft", Map.of("name", name, "label", label, "labelRu", labelRu, "options", options));
        }
        return "redirect:/admin/custom-fields?entity=" + entityOrContact(entity);
    }

    @PostMapping("/admin/custom-fields/{id}")
    String update(@PathVariable UUID id, @RequestParam String label, @RequestParam(defaultValue = "") String labelRu,
            @RequestParam(defaultValue = "") String options, @RequestParam int position, @RequestParam long version, RedirectAttributes redirect) {
        try {
            boolean picklist = fields.byId(id).type() == CustomFieldType.PICKLIST;
            fields.update(id, new CustomFieldChanges(label, labelRu, picklist ? lines(options) : null, position), version);
            redirect.addFlashAttribute("saved", "admin.customFields.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/admin/custom-fields?entity=" + fields.byId(id).entity();
    }

    @PostMapping("/admin/custom-fields/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        String entity = fields.byId(id).entity();
        fields.delete(id);
        redirect.addFlashAttribute("saved", "admin.customFields.deleted");
        return "redirect:/admin/custom-fields?entity=" + entity;
    }

    private static String entityOrContact(String entity) {
        return CustomFieldManagement.ENTITIES.contains(entity) ? entity : "contact";
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\r?\\n")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
