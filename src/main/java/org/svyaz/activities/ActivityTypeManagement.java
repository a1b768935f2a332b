package org.svyaz.activities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.internal.ActivityRules;
import org.svyaz.activities.internal.JooqActivities;
import org.svyaz.activities.internal.JooqActivityTypes;
import org.svyaz.journal.NameClash;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;

/**
 * Activity types: everyone reads them; administrators add types (name, colour, default
 * duration and alarm), change them and remove unused ones. The built-ins stay.
 */
@Service
public class ActivityTypeManagement implements NameClash.Settler {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** How two databases' types of one code are told apart: an upper-case code with an underscore. */
    public static final NameClash NAME_CLASH = new NameClash(NameClash.Suffix.UNDERSCORE, 40);

    private static final Logger log = LoggerFactory.getLogger(ActivityTypeManagement.class);

    private final JooqActivityTypes types;
    private final JooqActivities activities;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;

    ActivityTypeManagement(JooqActivityTypes types, JooqActivities activities, Permissions permissions, ApplicationEventPublisher events) {
        this.types = types;
        this.activities = activities;
        this.permissions = permissions;
        this.events = events;
    }

    /**
     * What makes two types of one code the same type, for {@link NameClash#decide}: the name,
     * colour, default duration and alarm a new activity of the type gets.
     */
    public static Object clashDefinition(ActivityType type) {
        return Arrays.asList(type.name().strip(), type.color() == null ? null : type.color().toLowerCase(Locale.ROOT),
                type.defaultDuration(), type.defaultAlarm());
    }

    @Override
    public String entity() {
        return "activityType";
    }

    /**
     * {@link NameClash.Settler}: a type arrived from another database under a code one here
     * has, and took a placeholder; the two are merged or one is renamed, as {@link #NAME_CLASH} decides.
     */
    @Override
    @Transactional
    public void settle(UUID localId, UUID arrivingId, String clashedCode) {
        NAME_CLASH.settle(clashedCode, localId, clashDefinition(get(localId)), arrivingId, clashDefinition(get(arrivingId)),
                code -> types.byCode(code).isPresent(), this::merge, this::rename);
    }

    /**
     * Carries out a {@link NameClash.Merge}: every activity of {@code absorbedId} moves to {@code
     * survivorId}, each a journaled change of the activity, other modules move theirs on {@link
     * ActivityTypesMerged}, then the absorbed type is deleted. A change synchronization makes, not
     * a user: no permission is asked. The built-ins have the same ids in every database and never clash.
     *
     * @return how many activities moved
     */
    @Transactional
    public int merge(UUID absorbedId, UUID survivorId) {
        if (absorbedId.equals(survivorId)) {
            throw new IllegalArgumentException("A type does not merge into itself");
        }
        get(survivorId);
        if (get(absorbedId).builtIn()) {
            throw new IllegalArgumentException("A built-in type is never absorbed: " + absorbedId);
        }
        int moved = activities.replaceType(absorbedId, survivorId);
        events.publishEvent(new ActivityTypesMerged(absorbedId, survivorId));
        types.delete(absorbedId);
        return moved;
    }

    /**
     * Carries out a {@link NameClash.Rename}: the type takes a new code (its activities keep it,
     * as they refer to its id), through the journal. A change synchronization makes, not a user.
     *
     * @throws InvalidInput when the code is no type code or another type has it
     */
    @Transactional
    public ActivityType rename(UUID id, String newCode) {
        ActivityType type = get(id);
        if (!CODE.matcher(newCode).matches()) {
            throw InvalidInput.of("code", "error.activityType.code");
        }
        if (types.byCode(newCode).filter(other -> !other.id().equals(id)).isPresent()) {
            throw InvalidInput.of("code", "error.activityType.taken", newCode);
        }
        types.recode(id, newCode);
        log.warn("Activity type code {} of type {} was renamed to {}: another database created the same code", type.code(), id, newCode);
        return get(id);
    }

    public List<ActivityType> all() {
        return types.all();
    }

    public ActivityType get(UUID id) {
        return types.byId(id).orElseThrow(() -> new RecordNotFound("error.activityTypeNotFound"));
    }

    /**
     * The code of a type, as the API names it, for records that refer to the type by its id.
     *
     * @throws IllegalStateException when no type has this id
     */
    public String codeOf(UUID typeId) {
        return types.codeOf(typeId);
    }

    /**
     * The id of the type with this code, for records that refer to it by id.
     *
     * @throws IllegalArgumentException when no type has this code (check the code first)
     */
    public UUID idOf(String code) {
        return types.idOf(code);
    }

    /**
     * Adds a type. Its {@code code} (what activities and the API name it by) is the given one,
     * or, when null, made from the name in Latin capitals: "Product demo" is PRODUCT_DEMO.
     */
    @Transactional
    public ActivityType define(String code, String name, String color, Integer defaultDuration, Integer defaultAlarm) {
        requireMayManageFields();
        String trimmedName = name == null ? "" : name.strip();
        String finalCode = code == null || code.isBlank() ? codeOf(trimmedName) : code.trim().toUpperCase(Locale.ROOT);
        FieldErrors errors = check(trimmedName, color, defaultDuration, defaultAlarm);
        if (!CODE.matcher(finalCode).matches()) {
            errors.add("code", "error.activityType.code");
        } else if (types.byCode(finalCode).isPresent()) {
            errors.add("code", "error.activityType.taken", finalCode);
        }
        errors.throwIfAny();
        return types.insert(finalCode, trimmedName, blankToNull(color), defaultDuration == null ? 30 : defaultDuration, defaultAlarm);
    }

    @Transactional
    public ActivityType update(UUID id, String name, String color, Integer defaultDuration, Integer defaultAlarm, long expectedVersion) {
        requireMayManageFields();
        ActivityType type = get(id);
        String trimmedName = name == null ? type.name() : name.strip();
        FieldErrors errors = check(type.builtIn() ? "-" : trimmedName, color, defaultDuration, defaultAlarm);
        errors.throwIfAny();
        if (type.version() != expectedVersion) {
            throw new VersionConflict();
        }
        return types.update(id, type.builtIn() ? "" : trimmedName, blankToNull(color),
                defaultDuration == null ? type.defaultDuration() : defaultDuration, defaultAlarm, expectedVersion);
    }

    /** Removes a type no activity uses; the built-ins cannot be removed. */
    @Transactional
    public void delete(UUID id) {
        requireMayManageFields();
        ActivityType type = get(id);
        if (type.builtIn()) {
            throw new NotPermitted("error.activityType.builtIn");
        }
        if (types.inUse(id)) {
            throw new NotPermitted("error.activityType.inUse");
        }
        types.delete(id);
    }

    private static FieldErrors check(String name, String color, Integer defaultDuration, Integer defaultAlarm) {
        FieldErrors errors = new FieldErrors();
        if (name.isEmpty()) {
            errors.add("name", "error.required");
        }
        errors.checkLength("name", name, 100);
        if (color != null && !color.isBlank() && !COLOR.matcher(color.trim()).matches()) {
            errors.add("color", "error.activity.color");
        }
        if (defaultDuration != null && (defaultDuration < 0 || defaultDuration > ActivityRules.MAX_DURATION)) {
            errors.add("defaultDuration", "error.activity.duration", ActivityRules.MAX_DURATION / (24 * 60));
        }
        if (defaultAlarm != null && (defaultAlarm < 0 || defaultAlarm > ActivityRules.MAX_ALARM)) {
            errors.add("defaultAlarm", "error.activity.alarm", ActivityRules.MAX_ALARM / (24 * 60));
        }
        return errors;
    }

    private static String codeOf(String name) {
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = "TYPE_" + code;
        }
        return code.length() > 40 ? code.substring(0, 40) : code;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void requireMayManageFields() {
        permissions.require(Permission.MANAGE_FIELDS);
    }
}
