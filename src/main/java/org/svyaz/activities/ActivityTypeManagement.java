package org.svyaz.activities;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.internal.ActivityRules;
import org.svyaz.activities.internal.JooqActivityTypes;
import org.svyaz.shell.FieldErrors;
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
public class ActivityTypeManagement {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final JooqActivityTypes types;
    private final Permissions permissions;

    ActivityTypeManagement(JooqActivityTypes types, Permissions permissions) {
        this.types = types;
        this.permissions = permissions;
    }

    public List<ActivityType> all() {
        return types.all();
    }

    public ActivityType get(UUID id) {
        return types.byId(id).orElseThrow(() -> new RecordNotFound("error.activityTypeNotFound"));
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
        if (types.inUse(type.code())) {
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
