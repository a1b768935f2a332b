package org.svyaz.calendar.web;

import java.util.Arrays;
import org.svyaz.activities.CalendarAccess;
import org.svyaz.shell.InvalidInput;

/** The access as a form or a request names it; anything else is refused with the field's message. */
final class CalendarAccessParam {

    private CalendarAccessParam() {
    }

    static CalendarAccess parse(String value) {
        return Arrays.stream(CalendarAccess.values()).filter(access -> access.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> InvalidInput.of("access", "error.calendar.access"));
    }
}
