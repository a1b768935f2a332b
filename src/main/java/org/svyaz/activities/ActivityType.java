package org.svyaz.activities;

import java.util.UUID;

/**
 * A kind of activity: the built-in call, meeting and to-do (named in the messages files, so
 * {@code name} is empty) or one an administrator added.
 *
 * @param color the colour new activities of the type get ({@code #rrggbb}), or null
 * @param defaultAlarm minutes before the start the alarm rings by default, or null for none
 */
public record ActivityType(UUID id, String code, String name, String color, int defaultDuration, Integer defaultAlarm,
        boolean builtIn, long version) {

    /** The built-in types' codes, as API.md spells them in requests and answers. */
    public static final String CALL = "CALL";
    public static final String MEETING = "MEETING";
    public static final String TO_DO = "TODO";

}
