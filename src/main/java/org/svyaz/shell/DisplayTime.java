package org.svyaz.shell;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zone in which Svyaz shows times and reads dates that users type
 * ({@code svyaz.time-zone}, the server's own zone when unset). Instants are stored in UTC.
 */
@Component
public class DisplayTime {

    private final ZoneId zone;

    DisplayTime(@Value("${svyaz.time-zone:}") String zone) {
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first instant of a day in this zone. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
