package org.svyaz.shell;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zone in which Svyaz shows times and reads dates that users type: the zone of the
 * user making the request, else the server's ({@code svyaz.time-zone}, the JVM's own zone when
 * unset), which is also every user's until they choose another. Instants are stored in UTC.
 */
@Component
public class DisplayTime {

    private final ZoneId serverZone;
    private final ObjectProvider<ViewerZone> viewer;

    DisplayTime(@Value("${svyaz.time-zone:}") String zone, ObjectProvider<ViewerZone> viewer) {
        this.serverZone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.viewer = viewer;
    }

    /** The current user's zone, or the server's when nobody is logged in. */
    public ZoneId zone() {
        ViewerZone current = viewer.getIfAvailable();
        return Optional.ofNullable(current).flatMap(ViewerZone::current).orElse(serverZone);
    }

    /** The zone of users who did not choose one, and of work no user does. */
    public ZoneId serverZone() {
        return serverZone;
    }

    /** The first instant of a day in the current user's zone. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toOffsetDateTime();
    }
}
