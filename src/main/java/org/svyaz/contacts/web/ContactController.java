package org.svyaz.contacts.web;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.RecordAccess;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.contacts.ContactStatuses;
import org.svyaz.contacts.DuplicateMode;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.NumberText;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.UserManagement;

/** The Contact window: a contact's fields and tabs, and its new, edit and duplicate forms (SPEC C2, C3). */
@Controller
class ContactController {

    private static final String CUSTOM_FIELD_PREFIX = "cf_";

    private final ContactManagement contacts;
    private final ContactStatuses statuses;
    private final CustomFieldManagement customFields;
    private final UserManagement users;
    private final AccessGrants grants;

    ContactController(ContactManagement contacts, ContactStatuses statuses, CustomFieldManagement customFields,
            UserManagement users, AccessGrants grants) {
        this.grants = grants;
        this.contacts = contacts;
        this.statuses = statuses;
        this.customFields = customFields;
        this.users = users;
    }

    @GetMapping("/contacts/my-record")
    String myRecord() {
        UUID myRecord = contacts.myRecordId(users.current().id()).orElseThrow(ContactNotFound::new);
        return "redirect:/contacts/" + myRecord;
    }

    @GetMapping("/contacts/{id}")
    String show(@PathVariable UUID id, Model model) {
        Contact contact = contacts.get(id);
        model.addAttribute("contact", contact);
        model.addAttribute("customFields", customFields.fieldsOf("contact"));
        model.addAttribute("statusNames", statusNames());
        model.addAttribute("userNames", userNames(contact));
        model.addAttribute("me", users.current());
        model.addAttribute("mayChange", contacts.mayChange(contact));
        model.addAttribute("mayDelete", contacts.mayDelete(contact));
        return "contacts/view";
    }

    @GetMapping("/contacts/new")
    String newContact(Model model) {
        contacts.requireMayCreate();
        ContactFields empty = ContactFields.named(null, null, null);
        return form(ContactForm.of(empty, null), Map.of(), null, model);
    }

    @PostMapping("/contacts")
    String create(@ModelAttribute ContactForm form, @RequestParam MultiValueMap<String, String> parameters, Model model) {
        Map<String, String> custom = customValues(parameters);
        try {
            Contact created = contacts.create(fieldsOf(form, custom, RecordAccess.PUBLIC));
            return "redirect:/contacts/" + created.id();
        } catch (InvalidInput invalid) {
            model.addAttribute("errors", invalid.fieldErrors());
            return form(form, custom, null, model);
        }
    }

    @GetMapping("/contacts/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Contact contact = contacts.get(id);
        contacts.requireMayChange(contact);
        return form(ContactForm.of(contact.fields(), contact.version()), asText(contact.customFields()), id, model);
    }

    @PostMapping("/contacts/{id}")
    String update(@PathVariable UUID id, @ModelAttribute ContactForm form, @RequestParam MultiValueMap<String, String> parameters,
            Model model) {
        Map<String, String> custom = customValues(parameters);
        try {
            contacts.update(id, fieldsOf(form, custom, contacts.get(id).access()), form.version() == null ? -1 : form.version());
            return "redirect:/contacts/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("errors", invalid.fieldErrors());
            return form(form, custom, id, model);
        } catch (VersionConflict conflict) {
            model.addAttribute("conflict", true);
            return form(form, custom, id, model);
        }
    }

    /** A new-contact form filled from this contact; nothing is stored until the user saves. */
    @GetMapping("/contacts/{id}/duplicate")
    String duplicate(@PathVariable UUID id, @RequestParam(defaultValue = "primary") String fields, Model model) {
        contacts.requireMayCreate();
        DuplicateMode mode = "all".equals(fields) ? DuplicateMode.ALL : DuplicateMode.PRIMARY;
        ContactFields copy = contacts.duplicateFields(contacts.get(id), mode);
        model.addAttribute("duplicateOf", id);
        return form(ContactForm.of(copy, null), asText(copy.customFields()), null, model);
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Contact contact = contacts.get(id);
        contacts.delete(id, version);
        redirect.addFlashAttribute("deleted", contact.displayName());
        return "redirect:/contacts";
    }

    /** The form's fields with the access it asks for; all problems at once, the access's among them. */
    private ContactFields fieldsOf(ContactForm form, Map<String, String> custom, RecordAccess current) {
        FieldErrors errors = new FieldErrors();
        ContactFields fields = form.toFields(custom)
                .with(grants.fromForm(form.access(), form.accessTeams(), form.accessUsers(), current, errors));
        if (!errors.isEmpty()) {
            try {
                contacts.check(fields);
            } catch (InvalidInput invalid) {
                errors.addAll(invalid);
            }
            errors.throwIfAny();
        }
        return fields;
    }

    private String form(ContactForm form, Map<String, String> customValues, UUID contactId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("customValues", customValues);
        model.addAttribute("contactId", contactId);
        model.addAttribute("customFields", customFields.fieldsOf("contact"));
        model.addAttribute("statuses", statuses.all());
        model.addAttribute("users", users.all().stream().filter(user -> user.enabled()).toList());
        model.addAttribute("me", users.current());
        model.addAttribute("mayChangeAccess", contactId == null || contacts.mayChangeAccess(contacts.get(contactId)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "contacts/form";
    }

    private Map<String, String> customValues(MultiValueMap<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CustomField field : customFields.fieldsOf("contact")) {
            List<String> given = parameters.get(CUSTOM_FIELD_PREFIX + field.name());
            if (given != null && !given.isEmpty()) {
                // a checkbox sends a hidden "false" and, when ticked, "true" after it
                values.put(field.name(), given.contains("true") ? "true" : given.get(given.size() - 1));
            }
        }
        return values;
    }

    private static Map<String, String> asText(Map<String, ?> customValues) {
        Map<String, String> text = new LinkedHashMap<>();
        customValues.forEach((name, value) -> text.put(name, value == null ? "" : value instanceof BigDecimal number
                ? NumberText.format(number, LocaleContextHolder.getLocale()) : value.toString()));
        return text;
    }

    private Map<String, String> statusNames() {
        Map<String, String> names = new LinkedHashMap<>();
        statuses.all().forEach(status -> names.put(status.code(), status.name(users.current().language().locale())));
        return names;
    }

    private Map<UUID, String> userNames(Contact contact) {
        Set<UUID> ids = new HashSet<>();
        ids.add(contact.recordManagerId());
        if (contact.createdBy() != null) {
            ids.add(contact.createdBy());
        }
        if (contact.updatedBy() != null) {
            ids.add(contact.updatedBy());
        }
        return users.userNames(ids);
    }

}
