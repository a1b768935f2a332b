package org.svyaz.customfields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.customfields.internal.JooqCustomFields;
import org.svyaz.customfields.internal.JooqCustomValues;
import org.svyaz.journal.NameClash;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;

/** Defines, changes and removes custom fields (administrators only); lists them for everyone. */
@Service
public class CustomFieldManagement implements NameClash.Settler {

    /** The entities that may have custom fields. */
    public static final Set<String> ENTITIES = Set.of("contact", "group");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,59}");
    private static final int MAX_OPTIONS = 200;
    private static final int MAX_OPTION_LENGTH = 100;

    /** How two databases' fields of one name are told apart: letters and digits only, as the API's keys are. */
    public static final NameClash NAME_CLASH = new NameClash(NameClash.Suffix.DIGITS, 60);

    private static final Logger log = LoggerFactory.getLogger(CustomFieldManagement.class);

    private final JooqCustomFields fields;
    private final JooqCustomValues values;
    private final Permissions permissions;

    CustomFieldManagement(JooqCustomFields fields, JooqCustomValues values, Permissions permissions) {
        this.fields = fields;
        this.values = values;
        this.permissions = permissions;
    }

    /**
     * What makes two fields of one name the same field, for {@link NameClash#decide}: the entity,
     * the type and a pick-list's choices, which decide what values it holds (labels only show it).
     */
    public static Object clashDefinition(CustomField field) {
        return List.of(field.entity(), field.type(), Set.copyOf(field.options()));
    }

    /** Whether a field of the entity has this name: the names a clash may not take. */
    public boolean nameTaken(String entity, String name) {
        return fields.byName(entity, name).isPresent();
    }

    @Override
    public String entity() {
        return "customField";
    }

    /**
     * {@link NameClash.Settler}: a field arrived from another database under a name of its entity one here
     * has, and took a placeholder; the two are merged or one is renamed, as {@link #NAME_CLASH} decides.
     */
    @Override
    @Transactional
    public void settle(UUID localId, UUID arrivingId, String clashedName) {
        CustomField local = byId(localId);
        NAME_CLASH.settle(clashedName, localId, clashDefinition(local), arrivingId, clashDefinition(byId(arrivingId)),
                name -> nameTaken(local.entity(), name), this::merge, this::rename);
    }

    /**
     * Carries out a {@link NameClash.Merge}: the values of {@code absorbedId} move to {@code
     * survivorId} (a record holding a value in both keeps the survivor's), each a journaled value
     * of its record, then the absorbed field is deleted. A change synchronization makes, not a
     * user: no permission is asked.
     *
     * @return how many values moved
     * @throws IllegalArgumentException when the two fields differ in entity or type
     */
    @Transactional
    public int merge(UUID absorbedId, UUID survivorId) {
        CustomField absorbed = byId(absorbedId);
        CustomField survivor = byId(survivorId);
        if (absorbedId.equals(survivorId) || !absorbed.entity().equals(survivor.entity()) || absorbed.type() != survivor.type()) {
            throw new IllegalArgumentException("Only two fields of one entity and type merge: " + absorbedId + ", " + survivorId);
        }
        int moved = values.moveValues(absorbed, survivor);
        fields.delete(absorbed);
        return moved;
    }

    /**
     * Carries out a {@link NameClash.Rename}: the field takes a new name (the key of its values in
     * the API), through the journal, which names its values by the field's id. A change
     * synchronization makes, not a user.
     *
     * @throws InvalidInput when the name is no field name or another field of the entity has it
     */
    @Transactional
    public CustomField rename(UUID fieldId, String newName) {
        CustomField field = byId(fieldId);
        if (newName == null || !NAME.matcher(newName).matches()) {
            throw InvalidInput.of("name", "error.customField.name");
        }
        if (fields.byName(field.entity(), newName).filter(other -> !other.id().equals(fieldId)).isPresent()) {
            throw InvalidInput.of("name", "error.customField.nameTaken", newName);
        }
        CustomField renamed = fields.rename(fieldId, newName);
        log.warn("Custom field {} of {} ({}) was renamed to {}: another database created a field of the same name", field.name(),
                field.entity(), fieldId, newName);
        return renamed;
    }

    /** The fields of an entity in the order of their position. */
    public List<CustomField> fieldsOf(String entity) {
        return fields.ofEntity(entity);
    }

    public CustomField byId(UUID fieldId) {
        return fields.byId(fieldId).orElseThrow(CustomFieldNotFound::new);
    }

    @Transactional
    public CustomField define(NewCustomField field) {
        requireMayManageFields();
        FieldErrors errors = new FieldErrors();
        String entity = field.entity() == null ? "contact" : field.entity().trim();
        String name = field.name() == null ? "" : field.name().trim();
        if (!ENTITIES.contains(entity)) {
            errors.add("entity", "error.customField.entity");
        }
        if (!NAME.matcher(name).matches()) {
            errors.add("name", "error.customField.name");
        } else if (fields.byName(entity, name).isPresent()) {
            errors.add("name", "error.customField.nameTaken", name);
        }
        String labelRu = checkRussianLabel(errors, field.labelRu());
        String label = checkLabel(errors, !blank(field.label()) ? field.label() : labelRu != null ? labelRu : name);
        if (field.type() == null) {
            errors.add("type", "error.required");
        }
        List<String> options = checkOptions(errors, field.type(), field.options());
        errors.throwIfAny();
        return fields.insert(entity, name, label, labelRu, field.type(), options);
    }

    @Transactional
    public CustomField update(UUID fieldId, CustomFieldChanges changes, long expectedVersion) {
        requireMayManageFields();
        CustomField field = byId(fieldId);
        FieldErrors errors = new FieldErrors();
        String label = changes.label() == null ? field.label() : checkLabel(errors, changes.label());
        String labelRu = changes.labelRu() == null ? field.labelRu() : checkRussianLabel(errors, changes.labelRu());
        List<String> options = changes.options() == null ? field.options() : checkOptions(errors, field.type(), changes.options());
        int position = changes.position() == null ? field.position() : changes.position();
        errors.throwIfAny();
        return fields.update(fieldId, new JooqCustomFields.Definition(label, labelRu, options, position), expectedVersion);
    }

    /** Removes a field and every value stored in it. */
    @Transactional
    public void delete(UUID fieldId) {
        requireMayManageFields();
        CustomField field = byId(fieldId);
        values.deleteAllOf(field);
        fields.delete(field);
    }

    private void requireMayManageFields() {
        permissions.require(Permission.MANAGE_FIELDS);
    }

    private static String checkLabel(FieldErrors errors, String label) {
        String trimmed = label == null ? "" : label.trim();
        if (trimmed.isEmpty()) {
            errors.add("label", "error.required");
        }
        errors.checkLength("label", trimmed, 100);
        return trimmed;
    }

    /** The Russian label trimmed, or null for none. */
    private static String checkRussianLabel(FieldErrors errors, String labelRu) {
        if (blank(labelRu)) {
            return null;
        }
        String trimmed = labelRu.trim();
        errors.checkLength("labelRu", trimmed, 100);
        return trimmed;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static List<String> checkOptions(FieldErrors errors, CustomFieldType type, List<String> options) {
        if (type != CustomFieldType.PICKLIST) {
            return List.of();
        }
        List<String> cleaned = new ArrayList<>();
        for (String option : options == null ? List.<String>of() : options) {
            String trimmed = option == null ? "" : option.trim();
            if (!trimmed.isEmpty() && !cleaned.contains(trimmed)) {
                cleaned.add(trimmed);
            }
            errors.checkLength("options", trimmed, MAX_OPTION_LENGTH);
        }
        if (cleaned.isEmpty()) {
            errors.add("options", "error.customField.noOptions");
        } else if (cleaned.size() > MAX_OPTIONS) {
            errors.add("options", "error.customField.tooManyOptions", MAX_OPTIONS);
        }
        return cleaned;
    }
}
