package org.svyaz.lookups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.lookups.internal.JooqListColumns;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.UserManagement;

/**
 * Which columns the current user's Contact List shows, in which order: the contact's own
 * {@link ContactColumn}s and custom fields ({@code customFields.contractCode}, stored by the field's id so
 * that a rename keeps it), as each user chose.
 */
@Service
public class ContactListColumns {

    /** What a user who never chose sees. */
    public static final List<String> DEFAULT = List.of("company", "lastName", "firstName", "phone", "email", "city", "status");

    private final JooqListColumns stored;
    private final CustomFieldManagement customFields;
    private final UserManagement users;

    ContactListColumns(JooqListColumns stored, CustomFieldManagement customFields, UserManagement users) {
        this.stored = stored;
        this.customFields = customFields;
        this.users = users;
    }

    /**
     * The current user's columns; a custom field removed since they chose it is left out, one
     * renamed since is shown under its new name (a custom field is stored by its id).
     */
    public List<String> chosen() {
        List<String> available = available();
        Map<String, String> namesById = customFields.fieldsOf("contact").stream()
                .collect(Collectors.toMap(CustomField::journalName, CustomField::qualifiedName));
        List<String> columns = stored.of(users.current().id()).orElse(DEFAULT).stream()
                .map(column -> namesById.getOrDefault(column, column)).filter(available::contains).toList();
        return columns.isEmpty() ? DEFAULT : columns;
    }

    /** Every column a user may choose: the contact's own fields, then the custom ones. */
    public List<String> available() {
        List<String> names = new ArrayList<>(Arrays.stream(ContactColumn.values()).map(ContactColumn::apiName).toList());
        customFields.fieldsOf("contact").stream().map(CustomField::qualifiedName).forEach(names::add);
        return names;
    }

    /**
     * Stores the current user's columns in this order.
     *
     * @throws InvalidInput when none is chosen or one is unknown; nothing changes then
     */
    @Transactional
    public void choose(List<String> columns) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(columns == null ? List.of() : columns));
        if (unique.isEmpty()) {
            throw InvalidInput.of("columns", "error.columns.none");
        }
        List<String> available = available();
        unique.stream().filter(column -> !available.contains(column)).findFirst()
                .ifPresent(unknown -> {
                    throw InvalidInput.of("columns", "error.columns.unknown", unknown);
                });
        Map<String, String> idsByName = customFields.fieldsOf("contact").stream()
                .collect(Collectors.toMap(CustomField::qualifiedName, CustomField::journalName));
        stored.choose(users.current().id(), unique.stream().map(column -> idsByName.getOrDefault(column, column)).toList());
    }

    /** Back to the default columns. */
    @Transactional
    public void reset() {
        stored.forget(users.current().id());
    }
}
