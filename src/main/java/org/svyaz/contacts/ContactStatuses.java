package org.svyaz.contacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.contacts.internal.JooqContactStatuses;
import org.svyaz.contacts.internal.JooqContacts;
import org.svyaz.journal.NameClash;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;

/** The configurable list of contact statuses; administrators change it. */
@Service
public class ContactStatuses implements NameClash.Settler {

    /** How two databases' statuses of one code are told apart: a status code, hyphenated. */
    public static final NameClash NAME_CLASH = new NameClash(NameClash.Suffix.HYPHEN, 40);

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Logger log = LoggerFactory.getLogger(ContactStatuses.class);

    private final JooqContactStatuses statuses;
    private final JooqContacts contacts;
    private final Permissions permissions;

    ContactStatuses(JooqContactStatuses statuses, JooqContacts contacts, Permissions permissions) {
        this.statuses = statuses;
        this.contacts = contacts;
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
        if (statuses.inUse(statusId)) {
            throw InvalidInput.of("code", "error.status.inUse", status.code());
        }
        if (statuses.all().size() == 1) {
            throw InvalidInput.of("code", "error.status.last");
        }
        statuses.delete(statusId);
    }

    /**
     * What makes two statuses of one code the same status, for {@link NameClash#decide}: their
     * names in both languages, as a reader compares them.
     */
    public static Object clashDefinition(ContactStatus status) {
        return List.of(status.nameEn().strip().toLowerCase(Locale.ROOT), status.nameRu().strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String entity() {
        return "contactStatus";
    }

    /**
     * {@link NameClash.Settler}: a status arrived from another database under a code one here
     * has, and took a placeholder; the two are merged or one is renamed, as {@link #NAME_CLASH} decides.
     */
    @Override
    @Transactional
    public void settle(UUID localId, UUID arrivingId, String clashedCode) {
        NAME_CLASH.settle(clashedCode, localId, clashDefinition(get(localId)), arrivingId, clashDefinition(get(arrivingId)),
                code -> statuses.byCode(code).isPresent(), this::merge, this::rename);
    }

    /**
     * Carries out a {@link NameClash.Merge}: every contact of {@code absorbedId} moves to {@code
     * survivorId}, each a journaled change of the contact, then the absorbed status is deleted.
     * A change synchronization makes, not a user: no permission is asked.
     *
     * @return how many contacts moved
     */
    @Transactional
    public int merge(UUID absorbedId, UUID survivorId) {
        if (absorbedId.equals(survivorId)) {
            throw new IllegalArgumentException("A status does not merge into itself");
        }
        get(survivorId);
        get(absorbedId);
        int moved = contacts.replaceStatus(absorbedId, survivorId);
        statuses.delete(absorbedId);
        return moved;
    }

    /**
     * Carries out a {@link NameClash.Rename}: the status takes a new code (its contacts keep it,
     * as they refer to its id), through the journal. A change synchronization makes, not a user.
     *
     * @throws InvalidInput when the code is no status code or another status has it
     */
    @Transactional
    public ContactStatus rename(UUID statusId, String newCode) {
        ContactStatus status = get(statusId);
        if (!CODE.matcher(newCode).matches()) {
            throw InvalidInput.of("code", "error.status.code");
        }
        if (statuses.byCode(newCode).filter(other -> !other.id().equals(statusId)).isPresent()) {
            throw InvalidInput.of("code", "error.status.codeTaken", newCode);
        }
        ContactStatus renamed = statuses.recode(statusId, newCode);
        log.warn("Status code {} of status {} was renamed to {}: another database created the same code", status.code(), statusId,
                newCode);
        return renamed;
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
