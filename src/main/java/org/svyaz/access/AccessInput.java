package org.svyaz.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.svyaz.shell.FieldErrors;

/**
 * What a request says about a record's access, as given: {@code access}, the older boolean
 * {@code private}, {@code accessTeams} (team ids) and {@code accessUsers} (user names); each
 * null when not given, so that a PATCH keeps what it does not mention. {@link AccessGrants#resolve}
 * turns it into a {@link RecordAccess}.
 */
public record AccessInput(String level, Boolean isPrivate, List<String> teams, List<String> users) {

    /** The JSON properties this reads; a record's reader hands them over. */
    public static final Set<String> PROPERTIES = Set.of("access", "private", "accessTeams", "accessUsers");

    public static final AccessInput NONE = new AccessInput(null, null, null, null);

    /** Reads one of {@link #PROPERTIES} of a JSON body onto this input; a wrongly typed value is an error by name. */
    public AccessInput with(String property, JsonNode value, FieldErrors errors) {
        return switch (property) {
            case "access" -> new AccessInput(text(property, value, errors), isPrivate, teams, users);
            case "private" -> new AccessInput(level, bool(property, value, errors), teams, users);
            case "accessTeams" -> new AccessInput(level, isPrivate, strings(property, value, errors), users);
            case "accessUsers" -> new AccessInput(level, isPrivate, teams, strings(property, value, errors));
            default -> throw new IllegalArgumentException(property);
        };
    }

    private static String text(String property, JsonNode value, FieldErrors errors) {
        if (!value.isTextual()) {
            errors.add(property, "error.badValue");
            return null;
        }
        return value.asText();
    }

    private static Boolean bool(String property, JsonNode value, FieldErrors errors) {
        if (!value.isBoolean()) {
            errors.add(property, "error.badValue");
            return null;
        }
        return value.booleanValue();
    }

    private static List<String> strings(String property, JsonNode value, FieldErrors errors) {
        List<String> strings = new ArrayList<>();
        if (value.isNull()) {
            return strings;
        }
        if (!value.isArray()) {
            errors.add(property, "error.badValue");
            return null;
        }
        value.forEach(element -> {
            if (element.isTextual()) {
                strings.add(element.asText());
            } else {
                errors.add(property, "error.badValue");
            }
        });
        return strings;
    }
}
