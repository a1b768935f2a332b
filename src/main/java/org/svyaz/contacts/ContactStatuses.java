package org.svyaz.contacts;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.contacts.internal.JooqContactStatuses;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;

/** The configurable list of contact statuses; administrators change it. */
@Service
public class ContactStatuses {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final JooqContactStatuses statuses;
    private final Permissions permissions;

    ContactStatuses(JooqContactStatuses statuses, Permissions permissions) {
        this.statuses = statuses;
        this.permissions = permissions;
    }

    public List<ContactStatus> all() {
        return statuses.all();
    }

    public ContactStatus get(UUID statusId) {
        return statuses.byId(statusId).orElseThrow(() -> new RecordNotFound("error.statusNotFound"));
    }

    @Transactional
    public ContactStatus create(String code, String nameEn, String nameRu) {
        requireMayManageFields();
        String cleanCode = code == null ? "" : code.trim().toLowerCase();
        FieldErrors errors = new FieldErrors();
        if (!CODE.matcher(cleanCode).matches()) {
            errors.add("code", "error.status.code");
        } else if (statuses.byCode(cleanCode).isPresent()) {
            errors.add("code", "error.status.codeTaken", cleanCode);
        }
        String english = checkName(errors, "nameEn", nameEn, true);
        String russian = checkName(errors, "nameRu", nameRu, false);
        errors.throwIfAny();
        return statuses.insert(cleanCode, english, russian);
    }

    @Transactional
    public ContactStatus update(UUID statusId, String nameEn, String nameRu, Integer position, long expectedVersion) {
        requireMayManageFields();
        ContactStatus status = get(statusId);
        FieldErrors errors = new FieldErrors();
        String english = nameEn == null ? status.nameEn() : checkName(errors, "nameEn", nameEn, true);
        String russian = nameRu == null ? status.nameRu() : checkName(errors, "nameRu", nameRu, false);
        errors.throwIfAny();
        return statuses.update(statusId, english, russian, position == null ? status.position() : position, expectedVersion);
    }

    /** Removes a status no contact has; the last status stays, as every contact needs one. */
    @Transactional
    public void delete(UUID statusId) {
        requireMayManageFields();
        ContactStatus status = get(statusId);
        if (statuses.inUse(status.code())) {
            throw InvalidInput.of("code", "error.status.inUse", status.code());
        }
        if (statuses.all().size() == 1) {
            throw InvalidInput.of("code", "error.status.last");
        }
        statuses.delete(statusId);
    }

    private void requireMayManageFields() {
        permissions.require(Permission.MANAGE_FIELDS);
    }

    private static String checkName(FieldErrors errors, String field, String name, boolean required) {
        String trimmed = name == null ? "" : name.trim();
        if (required && trimmed.isEmpty()) {
            errors.add(field, "error.required");
        }
        errors.checkLength(field, trimmed, 100);
        return trimmed;
    }
}
